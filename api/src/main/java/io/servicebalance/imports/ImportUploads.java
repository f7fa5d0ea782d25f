package io.servicebalance.imports;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The files of queued and running imports ({@code history_import_file}, {@code history_import_chunk}), kept until the
 * import ends so that any node can run it. Written and read one chunk at a time: a file is never held twice.
 */
@Repository
class ImportUploads {

    /** The largest chunk of a file stored in one row. */
    static final int CHUNK = 1 << 20;
    private static final String DELETE = "DELETE FROM history_import_file WHERE import_id = ?";
    private static final String[] PARTS = {"customers", "contacts", "purchases"};

    private final JdbcTemplate jdbc;

    ImportUploads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the files of import {@code id}; its {@code history_import} row must exist. */
    void store(UUID id, ImportSources sources) {
        ImportSource[] files = {sources.customers(), sources.contacts(), sources.purchases()};
        for (int i = 0; i < files.length; i++) {
            if (files[i] != null) {
                store(id, PARTS[i], files[i]);
            }
        }
    }

    private void store(UUID id, String part, ImportSource file) {
        byte[] bytes = file.content();
        jdbc.update("INSERT INTO history_import_file (import_id, part, name, size) VALUES (?, ?, ?, ?)", id, part,
                file.name(), bytes.length);
        for (int seq = 0, from = 0; from < bytes.length || seq == 0; seq++, from += CHUNK) {
            int length = Math.min(CHUNK, bytes.length - from);
            int chunk = seq;
            int offset = from;
            jdbc.update(con -> {
                var s = con.prepareStatement("INSERT INTO history_import_chunk (import_id, part, seq, data)"
                        + " VALUES (?, ?, ?, ?)");
                s.setObject(1, id);
                s.setString(2, part);
                s.setInt(3, chunk);
                s.setBinaryStream(4, new ByteArrayInputStream(bytes, offset, length), length);
                return s;
            });
        }
    }

    /** The stored files of import {@code id}; empty when they are gone (the import ended). */
    Optional<ImportSources> read(UUID id) {
        ImportSource[] files = new ImportSource[PARTS.length];
        for (int i = 0; i < PARTS.length; i++) {
            files[i] = read(id, PARTS[i]);
        }
        if (files[0] == null || files[1] == null) {
            return Optional.empty();
        }
        return Optional.of(new ImportSources(files[0], files[1], files[2]));
    }

    private ImportSource read(UUID id, String part) {
        List<Object[]> file = jdbc.query("SELECT name, size FROM history_import_file WHERE import_id = ? AND part = ?",
                (r, i) -> new Object[] {r.getString(1), r.getLong(2)}, id, part);
        if (file.isEmpty()) {
            return null;
        }
        long size = (Long) file.get(0)[1];
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the stored " + part + " file of import " + id + " is too large");
        }
        byte[] bytes = new byte[(int) size];
        int[] at = {0};
        for (int seq = 0; at[0] < bytes.length; seq++) {
            int before = at[0];
            jdbc.query("SELECT data FROM history_import_chunk WHERE import_id = ? AND part = ? AND seq = ?", r -> {
                byte[] chunk = r.getBytes(1);
                System.arraycopy(chunk, 0, bytes, at[0], chunk.length);
                at[0] += chunk.length;
            }, id, part, seq);
            if (at[0] == before) {
                throw new IllegalStateException("chunk " + seq + " of the stored " + part + " file of import " + id
                        + " is missing");
            }
        }
        return new ImportSource((String) file.get(0)[0], bytes);
    }

    /** Deletes the files of import {@code id} (its personal data in plain text); true when there were any. */
    boolean delete(UUID id) {
        return jdbc.update(DELETE, id) > 0;
    }

    /** As {@link #delete(UUID)}, on {@code connection}: the files go when its transaction commits. */
    static void delete(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(DELETE)) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }
}
