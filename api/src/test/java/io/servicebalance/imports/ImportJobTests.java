package io.servicebalance.imports;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.servicebalance.work.WorkClaims;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** How a claimed import ends when its append breaks: failed by a running node, left for take-over by a stopping one. */
class ImportJobTests {

    private final HistoryImporter importer = mock(HistoryImporter.class);
    private final ImportRuns runs = mock(ImportRuns.class);
    private final ImportUploads uploads = mock(ImportUploads.class);
    private final WorkClaims claims = mock(WorkClaims.class);
    private final UUID id = UUID.randomUUID();

    private ImportJob job(boolean stopping) {
        when(claims.node()).thenReturn("node-a");
        when(claims.release(ImportService.KIND, id.toString())).thenReturn(true);
        when(runs.start(id, "node-a")).thenReturn(OptionalInt.of(1));
        when(uploads.read(id)).thenReturn(Optional.of(ImportFiles.examples(ImportFiles.prefix())));
        when(importer.run(any(), any(), any())).thenThrow(new IllegalStateException("the bulk append failed"));
        return new ImportJob(importer, runs, uploads, claims,
                new TransactionTemplate(mock(PlatformTransactionManager.class)), () -> stopping);
    }

    @Test
    void aFailureOfARunningNodeFailsTheImportAndDeletesItsFiles() {
        job(false).run(id);

        verify(runs).failed(eq(id), anyString());
        verify(uploads).delete(id);
        verify(claims).release(ImportService.KIND, id.toString());
    }

    @Test
    void aFailureWhileTheNodeStopsRecordsNothingAndKeepsTheClaimForTakeOver() {
        job(true).run(id);

        verify(runs, never()).failed(any(), any());
        verify(uploads, never()).delete(any());
        verify(claims, never()).release(anyString(), anyString());
        verify(claims, never()).giveBack(anyString(), anyString());
    }

    @Test
    void anImportStartedTooOftenFailsWithoutRunning() {
        ImportJob job = job(false);
        when(runs.start(id, "node-a")).thenReturn(OptionalInt.of(ImportJob.MAX_ATTEMPTS + 1));

        job.run(id);

        verify(importer, never()).run(any(), any(), any());
        verify(runs).failed(eq(id), anyString());
        verify(uploads).delete(id);
    }
}
