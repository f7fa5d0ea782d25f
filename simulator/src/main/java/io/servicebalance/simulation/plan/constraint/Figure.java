package io.servicebalance.simulation.plan.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A finite number that is not negative, or with {@code positive} above zero. Null is valid here (an optional figure);
 * where a value is required, {@code @NotNull} says so.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = Figure.Check.class)
public @interface Figure {

    boolean positive() default false;

    String message() default "must not be negative";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Finite, and at least (or above) zero. */
    class Check implements ConstraintValidator<Figure, Double> {

        private boolean positive;

        @Override
        public void initialize(Figure constraint) {
            positive = constraint.positive();
        }

        @Override
        public boolean isValid(Double value, ConstraintValidatorContext context) {
            return value == null || (Double.isFinite(value) && (positive ? value > 0 : value >= 0));
        }
    }
}
