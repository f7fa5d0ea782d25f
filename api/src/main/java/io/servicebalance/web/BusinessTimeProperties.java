package io.servicebalance.web;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The range a business time ({@code occurredAt}) given in a request must lie in.
 *
 * @param earliest        the earliest business time accepted (default 1900-01-01T00:00:00Z)
 * @param futureTolerance how far past the server's clock a business time may lie (default one day: clocks and time
 *                        zones of other systems differ, a purchase dated next year is a mistake)
 */
@ConfigurationProperties("servicebalance.business-time")
public record BusinessTimeProperties(Instant earliest, Duration futureTolerance) {

    static final BusinessTimeProperties DEFAULTS = new BusinessTimeProperties(null, null);

    public BusinessTimeProperties {
        earliest = earliest == null ? Instant.parse("1900-01-01T00:00:00Z") : earliest;
        futureTolerance = futureTolerance == null ? Duration.ofDays(1) : futureTolerance;
        if (futureTolerance.isNegative()) {
            throw new IllegalArgumentException("servicebalance.business-time.future-tolerance must not be negative");
        }
    }
}
