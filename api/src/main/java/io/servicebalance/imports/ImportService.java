package io.servicebalance.imports;

import io.servicebalance.work.WorkClaims;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports over HTTP as work any node runs: the files are checked at once (every row through the aggregates, nothing
 * written), then stored with the import's {@code history_import} row and offered as a work claim of kind {@value
 * #KIND}, all in one transaction. {@link ImportWorker} on some node claims and runs it.
 */
@Service
class ImportService {

    /** The kind of work claim an import is offered under; its id is the import's. */
    static final String KIND = "import";

    private final HistoryImporter importer;
    private final ImportRuns runs;
    private final ImportUploads uploads;
    private final WorkClaims claims;
    private final TransactionTemplate transactions;

    ImportService(HistoryImporter importer, ImportRuns runs, ImportUploads uploads, WorkClaims claims,
                  PlatformTransactionManager transactions) {
        this.importer = importer;
        this.runs = runs;
        this.uploads = uploads;
        this.claims = claims;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * @throws ImportRejected when any row is refused; nothing is written, not even a queued import
     */
    UUID submit(ImportSources sources) {
        importer.check(sources);
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            runs.queued(id);
            uploads.store(id, sources);
            claims.offer(KIND, id.toString());
        });
        return id;
    }
}
