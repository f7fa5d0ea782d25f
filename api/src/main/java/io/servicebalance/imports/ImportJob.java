package io.servicebalance.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.eventstore.bulk.BulkAppender;
import io.servicebalance.work.WorkClaims;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import this node has claimed, from its stored files. Its events, its SUCCEEDED, the deletion of its files
 * and the end of its claim commit in one transaction, and only while this node still holds the claim: an import taken
 * over by another node is appended once, by whichever node holds it at commit. A failure ends the import only while
 * the claim is held and this node is not stopping; a stopping node records nothing and leaves the claim to be taken
 * over one lease later, as if it had been killed.
 */
final class ImportJob {

    /** A node may start an import this many times; after that every node that started it died before committing. */
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ImportJob.class);

    private final HistoryImporter importer;
    private final ImportRuns runs;
    private final ImportUploads uploads;
    private final WorkClaims claims;
    private final TransactionTemplate transactions;
    private final BooleanSupplier stopping;
    private final ObjectMapper json = new ObjectMapper();

    ImportJob(HistoryImporter importer, ImportRuns runs, ImportUploads uploads, WorkClaims claims,
              TransactionTemplate transactions, BooleanSupplier stopping) {
        this.importer = importer;
        this.runs = runs;
        this.uploads = uploads;
        this.claims = claims;
        this.transactions = transactions;
        this.stopping = stopping;
    }

    void run(UUID id) {
        OptionalInt attempts = runs.start(id, claims.node());
        if (attempts.isEmpty()) {
            end(id, null);
            return;
        }
        if (attempts.getAsInt() > MAX_ATTEMPTS) {
            end(id, "the nodes running this import stopped " + MAX_ATTEMPTS + " times before it committed; nothing"
                    + " of it was written");
            return;
        }
        if (attempts.getAsInt() > 1) {
            LOG.warn("import {} was left by a node that stopped; {} takes it over", id, claims.node());
        }
        ImportSources sources = uploads.read(id).orElse(null);
        if (sources == null) {
            end(id, "the uploaded files are gone; nothing was written: post them again");
            return;
        }
        append(id, sources);
    }

    private void append(UUID id, ImportSources sources) {
        ImportSummary summary;
        try {
            summary = importer.run(sources, progress(id), connection -> committing(connection, id));
        } catch (ClaimLost e) {
            LOG.warn("import {}: {} no longer held it at commit; the node that does runs it", id, claims.node());
            return;
        } catch (ImportRejected e) {
            end(id, e.getMessage());
            return;
        } catch (RuntimeException e) {
            if (stopping.getAsBoolean()) {
                LOG.info("import {} left to another node: {} is stopping", id, claims.node());
                return;
            }
            LOG.warn("import {} failed on {}: {}", id, claims.node(), e.getMessage());
            end(id, "the import failed and wrote nothing: " + e.getMessage());
            return;
        }
        try {
            runs.summarised(id, json.writeValueAsString(ImportJson.summary(summary)));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("import {} succeeded; its summary was not stored: {}", id, e.toString());
        }
        LOG.info("import {} succeeded on {}: {}", id, claims.node(), summary.describe());
    }

    /** In the append's transaction: ends the claim (or rolls everything back when another node holds it now). */
    private void committing(Connection connection, UUID id) {
        try {
            if (!claims.release(connection, ImportService.KIND, id.toString())) {
                throw new ClaimLost();
            }
            ImportRuns.succeeded(connection, id);
            ImportUploads.delete(connection, id);
        } catch (SQLException e) {
            throw new IllegalStateException("ending import " + id + " failed: " + e.getMessage(), e);
        }
    }

    /** Ends the import (FAILED with {@code error} unless null) and deletes its files, if this node holds it. */
    private void end(UUID id, String error) {
        transactions.executeWithoutResult(tx -> {
            if (claims.release(ImportService.KIND, id.toString())) {
                if (error != null) {
                    runs.failed(id, error);
                }
                uploads.delete(id);
            }
        });
    }

    private BulkAppender.Listener progress(UUID id) {
        return new BulkAppender.Listener() {
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
        };
    }

    /** Another node holds the import now: this node's append is rolled back. */
    private static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super("the claim was taken over", null, false, false);
        }
    }
}
