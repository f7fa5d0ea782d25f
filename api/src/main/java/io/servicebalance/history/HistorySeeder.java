package io.servicebalance.history;

import io.servicebalance.simulation.history.HistoryScript;
import io.servicebalance.simulation.history.ScheduledCommand;
import io.servicebalance.simulation.history.SeedSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a generated history through the command gateway, so every event passes the aggregates' rules. Commands are
 * split by aggregate over worker threads (each aggregate's commands stay in business-time order) and committed in
 * batches of {@value #BATCH} per transaction. The first rejected command stops the seeding and is reported; the
 * batch it was in is rolled back.
 */
@Component
public class HistorySeeder {

    static final int BATCH = 200;
    private static final int WORKERS = 8;

    private final CommandGateway gateway;
    private final TransactionTemplate transactions;
    private final SeededHistories seeded;

    HistorySeeder(CommandGateway gateway, PlatformTransactionManager transactionManager, SeededHistories seeded) {
        this.gateway = gateway;
        this.transactions = new TransactionTemplate(transactionManager);
        this.seeded = seeded;
    }

    /**
     * Sends every command; {@code progress} is told each sent command (from worker threads).
     *
     * @throws HistoryExists when the store holds events and {@code append} is false; nothing is written then
     */
    public void seed(SeedSettings settings, HistoryScript script, boolean append, Runnable progress) {
        long stored = seeded.storedEvents();
        if (stored > 0 && !append) {
            throw new HistoryExists(stored);
        }
        List<ScheduledCommand> commands = script.commands();
        sendInLanes(commands.stream().filter(c -> c.command() instanceof RegisterCustomer).toList(), progress);
        sendInLanes(commands.stream().filter(c -> !(c.command() instanceof RegisterCustomer)).toList(), progress);
        seeded.record(settings, script.staffing());
    }

    /** Commands of one aggregate keep their order in one lane; a contact's customer is registered in an earlier call. */
    private void sendInLanes(List<ScheduledCommand> commands, Runnable progress) {
        List<List<ScheduledCommand>> lanes = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            lanes.add(new ArrayList<>());
        }
        commands.forEach(c -> lanes.get(Math.floorMod(c.aggregateId().hashCode(), WORKERS)).add(c));
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> done = new ArrayList<>();
            lanes.forEach(lane -> done.add(pool.submit(() -> send(lane, failed, progress))));
            for (Future<?> f : done) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void send(List<ScheduledCommand> lane, AtomicBoolean failed, Runnable progress) {
        for (int from = 0; from < lane.size() && !failed.get(); from += BATCH) {
            List<ScheduledCommand> batch = lane.subList(from, Math.min(lane.size(), from + BATCH));
            transactions.executeWithoutResult(status -> batch.forEach(c -> {
                try {
                    gateway.sendAndWait(c.command());
                } catch (RuntimeException e) {
                    failed.set(true);
                    throw new SeedingFailed(c, e);
                }
                progress.run();
            }));
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("seeding interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The store already holds a history and the caller did not ask to add to it. */
    public static final class HistoryExists extends RuntimeException {
        public HistoryExists(long events) {
            super("the database already holds a history (" + events + " events); use --append to add to it, or an"
                    + " empty database", null, false, false);
        }
    }

    /** A generated command the domain refused: a bug in the generator or a clash with existing history. */
    public static final class SeedingFailed extends RuntimeException {
        SeedingFailed(ScheduledCommand command, RuntimeException cause) {
            super("the domain refused " + command.command().getClass().getSimpleName() + " for "
                    + command.aggregateId() + " at " + command.at() + ": " + cause.getMessage(), cause);
        }
    }
}
