package io.servicebalance.history;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a batch of rows as SQL arrays, bound in order to a statement that {@code unnest}s them: one statement
 * and one round trip for any number of rows. Instants travel as ISO-8601 text (cast to {@code timestamptz[]} in the
 * statement), decimals as their plain text (cast to {@code numeric[]}).
 */
final class SqlArrays {

    private final Connection con;
    private final int size;
    private final List<Array> columns = new ArrayList<>();

    SqlArrays(Connection con, int size) {
        this.con = con;
        this.size = size;
    }

    <T> SqlArrays text(List<T> rows, Function<T, String> column) throws SQLException {
        return add("text", new String[size], rows, column);
    }

    <T> SqlArrays instants(List<T> rows, Function<T, Instant> column) throws SQLException {
        return add("text", new String[size], rows, r -> {
            Instant at = column.apply(r);
            return at == null ? null : at.toString();
        });
    }

    <T> SqlArrays longs(List<T> rows, Function<T, Long> column) throws SQLException {
        return add("int8", new Long[size], rows, column);
    }

    <T> SqlArrays booleans(List<T> rows, Function<T, Boolean> column) throws SQLException {
        return add("bool", new Boolean[size], rows, column);
    }

    private <T, V> SqlArrays add(String type, V[] values, List<T> rows, Function<T, ? extends V> column)
            throws SQLException {
        for (int i = 0; i < size; i++) {
            values[i] = column.apply(rows.get(i));
        }
        columns.add(con.createArrayOf(type, values));
        return this;
    }

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            statement.setArray(i + 1, columns.get(i));
        }
    }
}
