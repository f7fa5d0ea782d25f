package io.servicebalance.imports;

import io.servicebalance.work.WorkClaims;
import io.servicebalance.work.WorkLoop;
import io.servicebalance.work.WorkProperties;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's share of the imports queued on any node, one at a time: it claims the oldest queued import, or one
 * whose node died (lease expired), and runs it. A stopping node releases nothing: its import is taken over one lease
 * later, as if it had been killed. Servers only: the command line's {@code import} runs in its own process.
 */
@Component
@ConditionalOnWebApplication
class ImportWorker extends WorkLoop {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorker.class);

    private final WorkClaims claims;
    private final ImportJob job;

    ImportWorker(HistoryImporter importer, ImportRuns runs, ImportUploads uploads, WorkClaims claims,
                 WorkProperties properties, PlatformTransactionManager transactions) {
        super("import-worker", properties.poll());
        this.claims = claims;
        this.job = new ImportJob(importer, runs, uploads, claims, new TransactionTemplate(transactions),
                this::stopping);
    }

    @Override
    protected boolean step() {
        Optional<String> next = claims.claimNext(ImportService.KIND);
        next.ifPresent(this::run);
        return next.isPresent();
    }

    /** Runs a claimed import; one that broke before it could end is handed back (its attempts are counted). */
    private void run(String id) {
        try {
            job.run(UUID.fromString(id));
        } catch (RuntimeException e) {
            if (!stopping()) {
                LOG.warn("import {} could not run on {} and is handed back: {}", id, claims.node(), e.toString());
                claims.giveBack(ImportService.KIND, id);
            }
        }
    }
}
