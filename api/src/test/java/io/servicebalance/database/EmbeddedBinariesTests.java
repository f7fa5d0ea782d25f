package io.servicebalance.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The application carries PostgreSQL for Linux on x86_64 and arm64, and nothing for other platforms. */
class EmbeddedBinariesTests {

    private static boolean present(String archive) {
        return EmbeddedBinariesTests.class.getClassLoader().getResource(archive) != null;
    }

    @Test
    void linuxOnX86AndArm64AreServed() {
        assertThat(present("postgres-linux-x86_64.txz")).isTrue();
        assertThat(present("postgres-linux-arm_64.txz")).isTrue();
    }

    @Test
    void macWindowsAndAlpineBinariesStayOut() {
        assertThat(present("postgres-darwin-x86_64.txz")).isFalse();
        assertThat(present("postgres-windows-x86_64.txz")).isFalse();
        assertThat(present("postgres-linux-x86_64-alpine_linux.txz")).isFalse();
    }
}
