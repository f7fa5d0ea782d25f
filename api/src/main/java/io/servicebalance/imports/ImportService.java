package io.servicebalance.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.eventstore.bulk.BulkAppender;
import jakarta.annotation.PreDestroy;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports over HTTP: the files are checked at once (every row through the aggregates, nothing written), then the
 * append runs in the background, one import at a time, reporting its progress in {@code history_import}.
 */
@Service
class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final HistoryImporter importer;
    private final ImportRuns runs;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "history-import"));
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "history-import-heartbeat"));

    ImportService(HistoryImporter importer, ImportRuns runs) {
        this.importer = importer;
        this.runs = runs;
    }

    /**
     * @throws ImportRejected when any row is refused; nothing is written and no import is started
     */
    UUID submit(ImportSources sources) {
        importer.check(sources);
        UUID id = UUID.randomUUID();
        runs.started(id);
        worker.submit(() -> run(id, sources));
        return id;
    }

    private void run(UUID id, ImportSources sources) {
        ScheduledFuture<?> beat = heart.scheduleAtFixedRate(() -> runs.beat(id), 5, 5, TimeUnit.SECONDS);
        try {
            ImportSummary summary = importer.run(sources, new BulkAppender.Listener() {
                private long total;

                @Override
                public void started(long aggregates) {
                    total = aggregates;
                    runs.progressed(id, total, 0);
                }

                @Override
                public void progressed(long aggregates) {
                    runs.progressed(id, total, aggregates);
                }
            });
            runs.succeeded(id, json.writeValueAsString(ImportJson.summary(summary)));
        } catch (ImportRejected e) {
            runs.failed(id, e.getMessage());
        } catch (Exception e) {
            LOG.warn("import {} failed: {}", id, e.getMessage());
            runs.failed(id, "the import failed and wrote nothing: " + e.getMessage());
        } finally {
            beat.cancel(false);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        heart.shutdownNow();
    }
}
