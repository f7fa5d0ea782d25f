package io.servicebalance.history;

import io.servicebalance.customer.CustomerCommands.AssignAccountManager;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.eventstore.bulk.BulkAppender;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import io.servicebalance.simulation.plan.Scenario;
import io.servicebalance.simulation.plan.ScenarioFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The data the integration tests of one JVM share in their throw-away database. A small seeded history in its own
 * weeks (2030) and with its own id prefix, so that other tests' events do not mix with it: a test class that plans on
 * it says {@code @ExtendWith(SeededFixture.class)} and finds it seeded before each test; the demo's scenario over its
 * window; and customers registered through the domain with an account manager, for tests of pages and read models.
 */
public final class SeededFixture implements BeforeEachCallback {

    public static final Instant FROM = Instant.parse("2030-03-04T00:00:00Z");
    public static final Instant TO = FROM.plusSeconds(14 * 86_400L);
    public static final SeedSettings SETTINGS = new SeedSettings(1_000, 14, 7, FROM, ZoneOffset.UTC, "it-");
    /** When the customers of {@link #registerWithManager} register (their manager is assigned a second later). */
    public static final Instant REGISTERED_AT = Instant.parse("2026-06-01T08:00:00Z");
    /** A catch-up listener that says nothing, for plans that wait for the contact history. */
    public static final ContactHistoryCatchUp.Listener SILENT = ContactHistoryCatchUp.Listener.SILENT;

    /** Seeds the history before each test of a Spring test class unless this JVM's database holds it already. */
    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        ensure(spring.getBean(HistorySeeder.class), spring.getBean(JdbcTemplate.class));
    }

    public static synchronized void ensure(HistorySeeder seeder, JdbcTemplate jdbc) {
        Integer present = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'it-cust-000001'", Integer.class);
        if (present == null || present == 0) {
            seeder.seed(SETTINGS, SyntheticHistory.generate(SETTINGS), true, new BulkAppender.Listener() { });
        }
    }

    /** The window of the fixture as scenario JSON. */
    public static String window() {
        return "\"window\": {\"from\": \"" + FROM + "\", \"to\": \"" + TO + "\"}";
    }

    /**
     * The scenario {@code demo} runs, over the fixture's window, in {@code currency}, with {@code replications} and
     * {@code keys} (JSON members, each followed by a comma, or "") added.
     */
    public static Scenario demoScenario(String currency, int replications, String keys) {
        try (InputStream in = SeededFixture.class.getResourceAsStream("/scenarios/default.json")) {
            return ScenarioFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"currency\": \"EUR\",", "\"currency\": \"" + currency + "\", " + window() + ", "
                            + keys)
                    .replace("\"replications\": 10", "\"replications\": " + replications));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers a customer of {@code tier} at {@link #REGISTERED_AT} and assigns {@code manager} a second later. */
    public static void registerWithManager(CommandGateway gateway, String id, String name, String email,
                                           ServiceTier tier, String manager) {
        gateway.sendAndWait(new RegisterCustomer(new CustomerId(id), name, email, null, tier, REGISTERED_AT));
        gateway.sendAndWait(new AssignAccountManager(new CustomerId(id), manager, REGISTERED_AT.plusSeconds(1)));
    }
}
