package io.servicebalance.history;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a plan waits for the contact history read model to catch up with the event store before it refuses.
 *
 * @param catchUpTimeout the longest wait (default 10 minutes); zero refuses at once when the read model lags
 */
@ConfigurationProperties("servicebalance.contact-history")
public record ContactHistoryProperties(Duration catchUpTimeout) {

    public ContactHistoryProperties {
        if (catchUpTimeout == null || catchUpTimeout.isNegative()) {
            catchUpTimeout = Duration.ofMinutes(10);
        }
    }
}
