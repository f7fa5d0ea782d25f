package io.servicebalance.timeline;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which generation of the customer read model is read (active), and which one a rebuild is filling (building). */
@Component
class Generations {

    static final String NAME = "customer-timeline";
    private final JdbcTemplate jdbc;

    Generations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int active() {
        return writable().get(0);
    }

    private int activeInDatabase() {
        return jdbc.queryForObject("SELECT active FROM read_model_generation WHERE name = ?", Integer.class, NAME);
    }

    /**
     * The generations live processing writes: the active one, and the one being built, if any. Read from the
     * database each time (a primary-key lookup), so every node and every transaction sees a switch at once.
     */
    List<Integer> writable() {
        return load();
    }

    private List<Integer> load() {
        return jdbc.query("SELECT active, building FROM read_model_generation WHERE name = ?", (rs, n) -> {
            int building = rs.getInt(2);
            return rs.wasNull() ? List.of(rs.getInt(1)) : List.of(rs.getInt(1), building);
        }, NAME).get(0);
    }

    /** Starts a new generation beside the active one; empty if a rebuild is already running. */
    java.util.Optional<Integer> startBuilding() {
        int updated = jdbc.update("UPDATE read_model_generation SET building = active + 1 WHERE name = ?"
                + " AND building IS NULL", NAME);
        if (updated == 0) {
            return java.util.Optional.empty();
        }
        int building = jdbc.queryForObject("SELECT building FROM read_model_generation WHERE name = ?", Integer.class,
                NAME);
        jdbc.update("DELETE FROM timeline_entry WHERE generation = ?", building);
        jdbc.update("DELETE FROM customer_directory WHERE generation = ?", building);
        return java.util.Optional.of(building);
    }

    /** Makes the built generation the active one and drops the old one. */
    void switchTo(int building) {
        int old = activeInDatabase();
        jdbc.update("UPDATE read_model_generation SET active = ?, building = NULL WHERE name = ?", building, NAME);
        jdbc.update("DELETE FROM timeline_entry WHERE generation = ?", old);
        jdbc.update("DELETE FROM customer_directory WHERE generation = ?", old);
    }

    /** Drops a generation that will never be finished (a failed or interrupted rebuild); returns it, if any. */
    java.util.Optional<Integer> abandon() {
        List<Integer> current = load();
        if (current.size() < 2) {
            return java.util.Optional.empty();
        }
        jdbc.update("UPDATE read_model_generation SET building = NULL WHERE name = ?", NAME);
        jdbc.update("DELETE FROM timeline_entry WHERE generation = ?", current.get(1));
        jdbc.update("DELETE FROM customer_directory WHERE generation = ?", current.get(1));
        return java.util.Optional.of(current.get(1));
    }
}
