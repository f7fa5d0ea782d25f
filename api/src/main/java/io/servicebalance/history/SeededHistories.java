package io.servicebalance.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.history.SeedSettings;
import io.servicebalance.simulation.policy.StaffingSchedule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of each seeding, with the historical staffing a plan replays the history under. */
@Repository
public class SeededHistories {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcTemplate jdbc;

    SeededHistories(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a seeding on the connection whose transaction appends its events, so both commit or neither. */
    void record(Connection connection, SeedSettings settings, Map<Channel, StaffingSchedule> staffing) {
        Map<String, String> schedules = new LinkedHashMap<>();
        staffing.forEach((c, s) -> schedules.put(c.name(), s.toString()));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO seeded_history (customers, days,"
                + " seed, history_from, history_to, zone, staffing) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)")) {
            insert.setInt(1, settings.customers());
            insert.setInt(2, settings.days());
            insert.setLong(3, settings.seed());
            insert.setTimestamp(4, Timestamp.from(settings.start()));
            insert.setTimestamp(5, Timestamp.from(settings.end()));
            insert.setString(6, settings.zone().getId());
            insert.setString(7, JSON.writeValueAsString(schedules));
            insert.executeUpdate();
        } catch (JsonProcessingException | SQLException e) {
            throw new IllegalStateException("recording the seeding failed: " + e.getMessage(), e);
        }
    }

    /** The staffing of the latest seeding, if the history was seeded. */
    public Optional<Map<Channel, StaffingSchedule>> latestStaffing() {
        List<String> rows = jdbc.queryForList("SELECT staffing::text FROM seeded_history ORDER BY id DESC LIMIT 1",
                String.class);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<Channel, StaffingSchedule> staffing = new EnumMap<>(Channel.class);
            JSON.readTree(rows.get(0)).fields().forEachRemaining(e -> staffing.put(Channel.valueOf(e.getKey()),
                    StaffingSchedule.parse(e.getValue().asText())));
            return Optional.of(staffing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Events in the store: the seeder refuses to write into a non-empty history unless told to add to it. */
    public long storedEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
