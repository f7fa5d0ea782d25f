package io.servicebalance.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedServerTests {

    @TempDir
    Path cluster;

    @Test
    void readsThePortOfAServerAnotherProcessRuns() throws Exception {
        Files.writeString(cluster.resolve("postmaster.pid"), "4242\n" + cluster + "\n1700000000\n54321\n/tmp\n");
        assertThat(SharedServer.awaitPort(cluster, Duration.ofSeconds(1))).isEqualTo(54321);
    }

    @Test
    void givesUpWithAReasonWhenTheServerNeverComesUp() {
        assertThatThrownBy(() -> SharedServer.awaitPort(cluster, Duration.ofMillis(300)))
                .hasMessageContaining("is locked by another ServiceBalance process");
    }

    @Test
    void theLockOfADataDirectoryIsExclusive() throws Exception {
        try (DataDirLock held = DataDirLock.tryAcquire(cluster).orElseThrow()) {
            assertThat(held).isNotNull();
            assertThatThrownBy(() -> DataDirLock.tryAcquire(cluster)).hasMessageContaining("already holds the lock");
        }
        try (DataDirLock again = DataDirLock.tryAcquire(cluster).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }
}
