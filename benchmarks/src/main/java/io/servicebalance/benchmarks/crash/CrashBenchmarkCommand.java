package io.servicebalance.benchmarks.crash;

import io.servicebalance.benchmarks.server.ServerProcess;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code servicebalance benchmark-crash}: issue 9's "kill -9 x 10 under load: acknowledged lost". A real server process
 * on a throw-away embedded PostgreSQL takes an 8-thread write load over HTTP and is killed with SIGKILL again and
 * again, restarted each time; at the end every acknowledged command must be in the event store and in the customer
 * timeline exactly once. Exits 1 when any was lost or duplicated.
 */
@Command(name = "benchmark-crash", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Kill a real server with SIGKILL under an HTTP write load, --kills times, restarting it each",
            "time (embedded PostgreSQL in a temporary directory; ./data is not touched); then check that every",
            "acknowledged command is in the event store and in the timeline exactly once: acknowledged, lost and",
            "duplicated per kill and in total."})
public class CrashBenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kills", defaultValue = "10", paramLabel = "N", description = "Kills (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--clients", defaultValue = "8", paramLabel = "N",
            description = "Writing threads (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "5", paramLabel = "S",
            description = "Seconds of load between a server's start and its kill (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws Exception {
        if (kills < 1 || clients < 1 || seconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kills, --clients and --seconds must be >= 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("servicebalance-crash-benchmark");
        ServerProcess server = ServerProcess.onDataDir(dir.resolve("data"), ServerProcess.freePort(),
                dir.resolve("server.log"));
        DataDirDatabase database = new DataDirDatabase(dir.resolve("data"));
        try {
            out.printf("server: %s (log %s)%n", server.base(), dir.resolve("server.log"));
            out.flush();
            server.start(Duration.ofMinutes(5));
            List<WriteLoad.Acknowledged> acknowledged;
            int unanswered;
            int refused;
            try (WriteLoad load = new WriteLoad(server.base(), clients)) {
                for (int k = 1; k <= kills; k++) {
                    load.cycle(k);
                    Thread.sleep(seconds * 1000L);
                    long started = System.nanoTime();
                    server.kill();
                    out.printf("kill %d: SIGKILL after %d s of load; ", k, seconds);
                    server.start(Duration.ofMinutes(5));
                    out.printf("restarted and answering in %.1f s%n", (System.nanoTime() - started) / 1e9);
                    out.flush();
                }
                load.cycle(kills + 1);
                Thread.sleep(seconds * 1000L);
                acknowledged = load.acknowledged();
                unanswered = load.unanswered();
                refused = load.refused();
            }
            StoredCommands stored = awaitTimeline(database, acknowledged, Duration.ofMinutes(5));
            CrashReport report = new CrashReport(kills + 1);
            acknowledged.forEach(a -> report.add(a.cycle(), stored.inStore(a), stored.inTimeline(a)));
            report.print(out, unanswered, refused);
            out.flush();
            return report.lostOrDuplicated() == 0 && refused == 0 ? 0 : 1;
        } finally {
            server.stop();
            delete(dir);
        }
    }

    /** Reads what is stored until the timeline holds every acknowledged command (or the limit passes). */
    private static StoredCommands awaitTimeline(DataDirDatabase database, List<WriteLoad.Acknowledged> acknowledged,
                                                Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            StoredCommands stored = StoredCommands.read(database.jdbcUrl(), database.password());
            boolean complete = acknowledged.stream().allMatch(a -> stored.inTimeline(a) >= stored.inStore(a)
                    && stored.inStore(a) > 0);
            if (complete || System.nanoTime() > deadline) {
                return stored;
            }
            Thread.sleep(500);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
