package io.servicebalance.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A business time in a request body: absent (the server's clock is used), or between
 * {@code servicebalance.business-time.earliest} and the server's clock plus
 * {@code servicebalance.business-time.future-tolerance}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BusinessTimeRangeValidator.class)
public @interface BusinessTimeRange {

    String message() default "is outside the accepted range of business times";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
