package io.servicebalance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.servicebalance.rules.RuleViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

class RecorderTests {

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final Clock clock = Clock.tick(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC),
            Duration.ofMillis(1));
    private final Recorder recorder = new Recorder(gateway, clock);
    private final List<Instant> stamped = new ArrayList<>();

    private static RuntimeException backwards() {
        return RuleViolation.unprocessable("time-runs-backwards", "The purchase runs backwards");
    }

    @Test
    void aTimeTheServerChoseIsReadAgainWhenAConcurrentRequestWasRecordedFirst() {
        when(gateway.sendAndWait(any())).thenThrow(backwards()).thenReturn(null);
        recorder.send(null, at -> {
            stamped.add(at);
            return "command at " + at;
        });
        verify(gateway, times(2)).sendAndWait(any());
        assertThat(stamped).hasSize(2);
    }

    @Test
    void aTimeTheClientGaveIsNeverChanged() {
        when(gateway.sendAndWait(any())).thenThrow(backwards());
        Instant given = Instant.parse("2026-01-01T00:00:00Z");
        assertThatThrownBy(() -> recorder.send(given, at -> {
            stamped.add(at);
            return "command";
        })).isInstanceOf(RuleViolation.class);
        assertThat(stamped).containsExactly(given);
    }

    @Test
    void otherFailuresAndPersistentOnesAreNotRetriedForever() {
        when(gateway.sendAndWait(any())).thenThrow(RuleViolation.conflict("customer-churned", "churned"));
        assertThatThrownBy(() -> recorder.send(null, at -> "command")).isInstanceOf(RuleViolation.class);
        verify(gateway, times(1)).sendAndWait(any());
        org.mockito.Mockito.doThrow(backwards()).when(gateway).sendAndWait(any());
        assertThatThrownBy(() -> recorder.send(null, at -> "command")).isInstanceOf(RuleViolation.class);
        verify(gateway, times(1 + Recorder.ATTEMPTS)).sendAndWait(any());
    }
}
