package io.servicebalance.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;

/** Checks {@link BusinessTimeRange} against the configured range and the server's clock. */
class BusinessTimeRangeValidator implements ConstraintValidator<BusinessTimeRange, Instant> {

    private final BusinessTimeProperties range;
    private final Clock clock;

    BusinessTimeRangeValidator(ObjectProvider<BusinessTimeProperties> range, ObjectProvider<Clock> clock) {
        this.range = range.getIfAvailable(() -> BusinessTimeProperties.DEFAULTS);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Instant latest = clock.instant().plus(range.futureTolerance());
        if (!value.isBefore(range.earliest()) && !value.isAfter(latest)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must be between " + range.earliest() + " and the server's"
                + " clock plus " + range.futureTolerance().toHours() + " h (now " + latest + ")")
                .addConstraintViolation();
        return false;
    }
}
