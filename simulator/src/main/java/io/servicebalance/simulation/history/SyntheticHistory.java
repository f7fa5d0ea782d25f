package io.servicebalance.simulation.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerCommands.AssignAccountManager;
import io.servicebalance.customer.CustomerCommands.ChurnCustomer;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.Replication;
import io.servicebalance.simulation.Simulator;
import io.servicebalance.simulation.engine.Outcomes;
import io.servicebalance.simulation.policy.PatienceModel;
import io.servicebalance.simulation.policy.Policy;
import io.servicebalance.simulation.trace.Trace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A realistic synthetic history, deterministic for a seed: customers across tiers, contacts with daily and weekly
 * seasonality, the historical contact centre run by the engine under a staffing sized from the workload (so recorded
 * waits, answers and abandons are consistent), cases, complaints, ratings, purchases, tier changes and churn that is
 * likelier after bad experiences. Every fact is a domain command, so every aggregate rule applies when it is sent.
 */
public final class SyntheticHistory {

    private static final String[] FIRST = {"Ada", "Ben", "Chloe", "David", "Eva", "Farid", "Grace", "Hugo", "Ines",
        "Jonas", "Kira", "Liam", "Mona", "Nils", "Olga", "Paul", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wim"};
    private static final String[] LAST = {"Adler", "Berg", "Costa", "Dahl", "Eriksen", "Fischer", "Garcia", "Hansen",
        "Ivanova", "Jensen", "Keller", "Lund", "Meyer", "Novak", "Okafor", "Peters", "Quinn", "Rossi", "Schmidt"};

    /** The logistic churn the history is generated with: intercept and weights per abandon, long wait, open complaint. */
    public static final double[] CHURN_TRUTH = {-3.2, 0.45, 0.25, 1.1};

    private SyntheticHistory() {
    }

    public static HistoryScript generate(SeedSettings settings) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<SyntheticCustomer> customers = new ArrayList<>();
        List<ScheduledCommand> commands = new ArrayList<>();
        for (int c = 0; c < settings.customers(); c++) {
            SyntheticCustomer customer = new SyntheticCustomer(c, Workload.tier(random), settings.idPrefix());
            customers.add(customer);
            register(customer, settings, random.split(), commands);
        }
        new TierChanges(settings, random.split()).plan(customers, commands);
        SyntheticContacts contacts = SyntheticContacts.generate(customers, settings, random.split());
        Trace trace = contacts.trace();
        Policy historical = Policy.fifo("historical", HistoricalStaffing.sizedFor(trace, settings.zone()));
        Replication run = new Simulator(trace, settings.zone()).replicate(0, historical, PatienceModel.none(),
                settings.seed(), 0);
        int[] counts = writeCases(contacts, run.outcomes(), customers, settings, random.split(), commands);
        churn(customers, settings, random.split(), commands);
        int purchases = new Purchases(settings, random.split()).plan(customers, commands);
        commands.sort(Comparator.comparing(ScheduledCommand::at));
        int churned = (int) customers.stream().filter(c -> c.churnedAt != null).count();
        return new HistoryScript(List.copyOf(commands), historical.staffing(), customers.size(), trace.size(),
                counts[0], counts[1], counts[2], purchases, churned);
    }

    private static void register(SyntheticCustomer customer, SeedSettings settings, SplittableRandom random,
                                 List<ScheduledCommand> out) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        Instant at = settings.start().minusSeconds(86_400L * (30 + random.nextInt(1000)));
        CustomerId id = new CustomerId(customer.id);
        String email = (first + "." + last + "." + (customer.index + 1) + "@example.com").toLowerCase();
        out.add(new ScheduledCommand(at, customer.id, new RegisterCustomer(id, first + " " + last, email,
                "+41 44 555 " + String.format("%04d", customer.index % 10_000), customer.initialTier, at)));
        if (customer.initialTier == ServiceTier.PREMIUM || customer.initialTier == ServiceTier.CARE) {
            Instant assigned = at.plusSeconds(86_400);
            out.add(new ScheduledCommand(assigned, customer.id, new AssignAccountManager(id,
                    customer.index % 2 == 0 ? "manager1" : "manager2", assigned)));
        }
    }

    private static int[] writeCases(SyntheticContacts contacts, Outcomes outcomes, List<SyntheticCustomer> customers,
                                    SeedSettings settings, SplittableRandom random, List<ScheduledCommand> out) {
        CaseScript script = new CaseScript(out, settings.end(), random);
        Trace trace = contacts.trace();
        int answered = 0;
        int abandoned = 0;
        int complaints = 0;
        for (int i = 0; i < trace.size(); i++) {
            SyntheticCustomer customer = customers.get(SyntheticContacts.customerIndex(trace.customerId(i)));
            Channel channel = trace.channel(i);
            ContactType type = contacts.types().get(i);
            Instant arrival = trace.origin().plusMillis(Math.round(trace.arrival(i) * 1000));
            double wait = outcomes.waitSeconds(i);
            boolean longWait = outcomes.answered(i) && wait > Policy.DEFAULT_THRESHOLDS.get(channel) * 3;
            boolean open = script.write(trace.contactId(i), customer, channel, type, arrival, wait,
                    outcomes.answered(i), (long) trace.handleSeconds(i), "agent-" + (1 + i % 60), longWait);
            customer.lastContact = arrival;
            customer.abandons += outcomes.abandoned(i) ? 1 : 0;
            customer.longWaits += longWait ? 1 : 0;
            customer.unresolvedComplaints += open ? 1 : 0;
            answered += outcomes.answered(i) ? 1 : 0;
            abandoned += outcomes.abandoned(i) ? 1 : 0;
            complaints += type == ContactType.COMPLAINT ? 1 : 0;
        }
        return new int[] {answered, abandoned, complaints};
    }

    /**
     * Decides churn after all of a customer's experiences and dates it in the last week of the history (after its
     * last contact), so whether a customer churned does not depend on when its contacts fell.
     */
    private static void churn(List<SyntheticCustomer> customers, SeedSettings settings, SplittableRandom random,
                              List<ScheduledCommand> out) {
        for (SyntheticCustomer c : customers) {
            double x = CHURN_TRUTH[0] + CHURN_TRUTH[1] * c.abandons + CHURN_TRUTH[2] * c.longWaits
                    + CHURN_TRUTH[3] * c.unresolvedComplaints;
            double u = random.nextDouble();
            Instant lastWeek = settings.end().minusSeconds(7 * 86_400L);
            Instant from = c.lastContact == null || c.lastContact.isBefore(lastWeek) ? lastWeek : c.lastContact;
            long room = Math.max(1, java.time.Duration.between(from, settings.end()).getSeconds() - 1);
            Instant at = from.plusSeconds(1 + (long) (random.nextDouble() * room));
            if (u < 1 / (1 + Math.exp(-x)) && at.isBefore(settings.end()) && at.isAfter(settings.start())) {
                c.churnedAt = at;
                out.add(new ScheduledCommand(at, c.id, new ChurnCustomer(new CustomerId(c.id),
                        c.abandons + c.longWaits + c.unresolvedComplaints > 0 ? "poor service" : "moved away", at)));
            }
        }
        out.removeIf(cmd -> cmd.command() instanceof io.servicebalance.customer.CustomerCommands.ChangeServiceTier
                && !customers.get(SyntheticContacts.customerIndex(cmd.aggregateId())).activeAt(cmd.at()));
    }
}
