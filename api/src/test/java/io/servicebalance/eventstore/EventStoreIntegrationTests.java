package io.servicebalance.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class EventStoreIntegrationTests {

    record ProbeRecorded(String probeId, String note, Instant occurredAt) {
    }

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsAreStoredAsJsonInByteaWithContiguousSequenceNumbers() throws Exception {
        String id = "probe-" + System.nanoTime();
        Instant at = Instant.parse("2026-03-01T09:15:00Z");
        for (long seq = 0; seq < 3; seq++) {
            eventStore.publish(new GenericDomainEventMessage<>("Probe", id, seq, new ProbeRecorded(id, "n" + seq, at)));
        }

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT sequence_number, payload, payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number", id);
        assertThat(rows).extracting(r -> ((Number) r.get("sequence_number")).longValue()).containsExactly(0L, 1L, 2L);
        JsonNode payload = new ObjectMapper().readTree((byte[]) rows.get(0).get("payload"));
        assertThat(payload.get("probeId").asText()).isEqualTo(id);
        assertThat(payload.get("occurredAt").asText()).isEqualTo("2026-03-01T09:15:00Z");
        assertThat(rows.get(0).get("payload_type")).isEqualTo(ProbeRecorded.class.getName());
        assertThat(eventStore.readEvents(id).asStream().map(e -> ((ProbeRecorded) e.getPayload()).note()))
                .containsExactly("n0", "n1", "n2");
    }

    @Test
    void schemaIsCreatedByFlywayWithByteaPayloadsAndNoOids() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class))
                .isPositive();
        List<String> types = jdbc.queryForList("SELECT data_type FROM information_schema.columns WHERE table_name IN "
                + "('domain_event_entry', 'snapshot_event_entry', 'token_entry') AND column_name IN "
                + "('payload', 'meta_data', 'token')", String.class);
        assertThat(types).hasSize(5).containsOnly("bytea");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.columns WHERE data_type = 'oid' "
                + "AND table_schema = 'public'", Integer.class)).isZero();
    }

    @Test
    void globalIndexSequenceDoesNotPreallocate() {
        Long cache = jdbc.queryForObject("SELECT cache_size FROM pg_sequences WHERE sequencename LIKE "
                + "'domain_event_entry_global_index%'", Long.class);
        Long increment = jdbc.queryForObject("SELECT increment_by FROM pg_sequences WHERE sequencename LIKE "
                + "'domain_event_entry_global_index%'", Long.class);
        assertThat(cache).isEqualTo(1L);
        assertThat(increment).isEqualTo(1L);
    }

    @Test
    void aDuplicateSequenceNumberIsRejectedAsAConcurrencyConflict() {
        String id = "dup-" + System.nanoTime();
        Instant at = Instant.parse("2026-03-01T09:15:00Z");
        eventStore.publish(new GenericDomainEventMessage<>("Probe", id, 0, new ProbeRecorded(id, "first", at)));
        eventStore.publish(new GenericDomainEventMessage<>("Probe", id, 1, new ProbeRecorded(id, "second", at)));
        assertThatThrownBy(() -> eventStore.publish(
                        new GenericDomainEventMessage<>("Probe", id, 1, new ProbeRecorded(id, "clash", at))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void aSecondCreationOfTheSameAggregateIsRejectedAsAlreadyExisting() {
        String id = "twice-" + System.nanoTime();
        Instant at = Instant.parse("2026-03-01T09:15:00Z");
        eventStore.publish(new GenericDomainEventMessage<>("Probe", id, 0, new ProbeRecorded(id, "first", at)));
        assertThatThrownBy(() -> eventStore.publish(
                        new GenericDomainEventMessage<>("Probe", id, 0, new ProbeRecorded(id, "again", at))))
                .isInstanceOf(AggregateStreamCreationException.class);
    }
}
