package io.servicebalance.benchmarks.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.ServiceBalanceApplication;
import io.servicebalance.history.HistoryReader;
import io.servicebalance.history.HistorySeeder;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.history.SyntheticHistory;
import io.servicebalance.simulation.trace.TraceCsv;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * benchmark-plan compares the bulk history reader with Axon's own event stream: both must read the same history, or
 * the comparison means nothing. On a throw-away embedded PostgreSQL.
 */
@SpringBootTest(classes = ServiceBalanceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "servicebalance.database.embedded.ephemeral=true")
class AxonHistoryReaderIntegrationTests {

    private static final Instant FROM = Instant.parse("2030-03-04T00:00:00Z");
    private static final Instant TO = FROM.plusSeconds(7 * 86_400L);

    @Autowired
    HistorySeeder seeder;
    @Autowired
    HistoryReader bulkReader;
    @Autowired
    EventStore eventStore;

    @Test
    void theBulkReaderAndAxonsEventStreamReadTheSameHistory() throws Exception {
        SeedSettings settings = new SeedSettings(150, 7, 7, FROM, ZoneOffset.UTC, "ax-");
        seeder.seed(settings, SyntheticHistory.generate(settings), true, () -> { });

        RecordedHistory bulk = bulkReader.read(FROM, TO);
        RecordedHistory axon = new AxonHistoryReader(eventStore).read(FROM, TO);

        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        TraceCsv.write(bulk.trace(), a);
        TraceCsv.write(axon.trace(), b);
        assertThat(bulk.trace().size()).isGreaterThan(50);
        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(bulk.customers()).isEqualTo(axon.customers());
    }
}
