package io.servicebalance.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTests {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void offATerminalProgressIsPlainLinesWithoutCarriageReturnsOrEscapeCodes() {
        try (Progress progress = Progress.lines("seed", 4, stream, Duration.ZERO)) {
            for (int i = 0; i < 4; i++) {
                progress.step();
            }
        }
        assertThat(written().lines()).hasSize(4).last().asString().startsWith("seed: 4 of 4 (100%) after 0:0");
        assertThat(written()).doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void offATerminalNothingIsPrintedBeforeTheIntervalHasPassed() {
        try (Progress progress = Progress.lines("plan", 1_000, stream, Duration.ofHours(1))) {
            for (int i = 0; i < 1_000; i++) {
                progress.step();
            }
        }
        assertThat(written()).isEmpty();
    }

    @Test
    void theLauncherSaysWhetherStandardErrorIsATerminal() {
        String before = System.getProperty(Progress.TERMINAL_PROPERTY);
        try {
            System.setProperty(Progress.TERMINAL_PROPERTY, "false");
            assertThat(Progress.stderrIsTerminal()).isFalse();
            System.setProperty(Progress.TERMINAL_PROPERTY, "true");
            assertThat(Progress.stderrIsTerminal()).isTrue();
        } finally {
            if (before == null) {
                System.clearProperty(Progress.TERMINAL_PROPERTY);
            } else {
                System.setProperty(Progress.TERMINAL_PROPERTY, before);
            }
        }
    }
}
