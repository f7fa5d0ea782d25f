package io.servicebalance.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Searches every table of the database for a text: in each row as text, and in the raw bytes of every bytea column. */
final class StoredText {

    private StoredText() {
    }

    /** Where {@code text} occurs: "table" or "table.column" (bytea), one entry per place with a match. */
    static List<String> find(JdbcTemplate jdbc, String text) {
        List<String> found = new ArrayList<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                + " current_schema() AND table_type = 'BASE TABLE'", String.class)) {
            Long rows = jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0",
                    Long.class, text);
            if (rows != null && rows > 0) {
                found.add(table + " (" + rows + " rows)");
            }
        }
        for (Map<String, Object> column : jdbc.queryForList("SELECT table_name, column_name FROM"
                + " information_schema.columns WHERE table_schema = current_schema() AND data_type = 'bytea'")) {
            Long rows = jdbc.queryForObject("SELECT count(*) FROM \"" + column.get("table_name") + "\" WHERE"
                    + " position(?::bytea IN \"" + column.get("column_name") + "\") > 0", Long.class,
                    text.getBytes(StandardCharsets.UTF_8));
            if (rows != null && rows > 0) {
                found.add(column.get("table_name") + "." + column.get("column_name") + " (" + rows + " rows)");
            }
        }
        return found;
    }
}
