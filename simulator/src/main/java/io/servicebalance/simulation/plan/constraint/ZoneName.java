package io.servicebalance.simulation.plan.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** A time zone {@link ZoneId#of} knows ({@code UTC}, {@code Europe/Zurich}); null is valid. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = ZoneName.Check.class)
public @interface ZoneName {

    String message() default "'{zone}' is not a time zone";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Asks {@link ZoneId#of}. */
    class Check implements ConstraintValidator<ZoneName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                ZoneId.of(value);
                return true;
            } catch (DateTimeException e) {
                context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("zone", value);
                return false;
            }
        }
    }
}
