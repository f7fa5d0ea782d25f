package io.servicebalance.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.servicebalance.work.WorkClaims;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports as shared work on one node: a checked upload is stored with its queued row and claim, run by the worker
 * from the stored files, and its files are deleted when it ends; a refused upload stores nothing at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportQueueIntegrationTests {

    @Autowired
    ImportService service;
    @Autowired
    ImportRuns runs;
    @Autowired
    ImportUploads uploads;
    @Autowired
    WorkClaims claims;
    @Autowired
    JdbcTemplate jdbc;

    private String status(UUID id) {
        return jdbc.queryForObject("SELECT status FROM history_import WHERE id = ?", String.class, id);
    }

    private long stored(String sql, UUID id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }

    private void awaitEnded(UUID id) {
        await().atMost(Duration.ofSeconds(120)).until(() -> status(id).equals("SUCCEEDED")
                || status(id).equals("FAILED"));
    }

    private void assertNothingLeft(UUID id) {
        assertThat(stored("SELECT count(*) FROM history_import_file WHERE import_id = ?", id)).isZero();
        assertThat(stored("SELECT count(*) FROM history_import_chunk WHERE import_id = ?", id)).isZero();
        assertThat(stored("SELECT count(*) FROM work_claim WHERE kind = 'import' AND work_id = ?::text", id)).isZero();
    }

    @Test
    void aQueuedImportIsRunFromItsStoredFilesWhichAreDeletedWhenItSucceeds() {
        String p = ImportFiles.prefix();
        UUID id = service.submit(ImportFiles.examples(p));

        awaitEnded(id);
        assertThat(status(id)).isEqualTo("SUCCEEDED");
        assertThat(ImportFiles.events(jdbc, p)).isEqualTo(28);
        ImportRuns.Run run = runs.find(id).orElseThrow();
        assertThat(run.node()).isNotBlank();
        assertThat(run.attempts()).isEqualTo(1);
        assertThat(run.summary()).contains("\"eventsAppended\": 28");
        assertNothingLeft(id);
    }

    @Test
    void aRefusedUploadStoresNothingNotEvenAQueuedImport() {
        String sql = "SELECT (SELECT count(*) FROM history_import) + (SELECT count(*) FROM history_import_file)"
                + " + (SELECT count(*) FROM work_claim WHERE kind = 'import')";
        Long before = jdbc.queryForObject(sql, Long.class);
        String p = ImportFiles.prefix();
        ImportSources sources = ImportFiles.examples(p);
        ImportSources bad = new ImportSources(sources.customers(), ImportFiles.source("contacts.csv",
                ImportFiles.example("contacts.csv", p).replace(",240,5", ",240,7")), sources.purchases());

        assertThat(catchThrowableOfType(ImportRejected.class, () -> service.submit(bad))).isNotNull();
        assertThat(jdbc.queryForObject(sql, Long.class)).isEqualTo(before);
        assertThat(ImportFiles.events(jdbc, p)).isZero();
    }

    @Test
    void anImportRefusedWhenItRunsFailsAndItsFilesAreDeleted() {
        String p = ImportFiles.prefix();
        ImportSources sources = ImportFiles.examples(p);
        UUID id = UUID.randomUUID();
        ImportSources unchecked = new ImportSources(sources.customers(), ImportFiles.source("contacts.csv",
                ImportFiles.example("contacts.csv", p).replace(",240,5", ",240,7")), sources.purchases());
        runs.queued(id);
        uploads.store(id, unchecked);
        claims.offer(ImportService.KIND, id.toString());

        awaitEnded(id);
        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(runs.find(id).orElseThrow().error()).contains("contacts.csv").contains("rating");
        assertThat(ImportFiles.events(jdbc, p)).isZero();
        assertNothingLeft(id);
    }

    @Test
    void storedFilesAreReadBackByteForByteAcrossChunks() {
        byte[] large = new byte[ImportUploads.CHUNK * 2 + 12_345];
        Arrays.fill(large, (byte) 'x');
        large[ImportUploads.CHUNK] = 'y';
        large[large.length - 1] = 'z';
        UUID id = UUID.randomUUID();
        runs.queued(id);
        uploads.store(id, new ImportSources(new ImportSource("c.csv", large),
                new ImportSource("k.csv", "".getBytes(StandardCharsets.UTF_8)), null));

        ImportSources read = uploads.read(id).orElseThrow();
        assertThat(read.customers().name()).isEqualTo("c.csv");
        assertThat(read.customers().content()).isEqualTo(large);
        assertThat(read.contacts().content()).isEmpty();
        assertThat(read.purchases()).isNull();
        assertThat(stored("SELECT count(*) FROM history_import_chunk WHERE import_id = ?", id)).isEqualTo(4);
        assertThat(uploads.delete(id)).isTrue();
        assertThat(uploads.read(id)).isEmpty();
        runs.failed(id, "test upload only");
    }
}
