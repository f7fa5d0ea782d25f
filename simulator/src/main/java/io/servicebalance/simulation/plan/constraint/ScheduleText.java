package io.servicebalance.simulation.plan.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.servicebalance.simulation.policy.StaffingSchedule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** A staffing schedule as {@link StaffingSchedule#parse} reads it ({@code "14"}, {@code "6@00:00/14@08:00"}). */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = ScheduleText.Check.class)
public @interface ScheduleText {

    String message() default "{why}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Parses the schedule; the parser's own message says what is wrong. Null is a missing schedule. */
    class Check implements ConstraintValidator<ScheduleText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                StaffingSchedule.parse(value == null ? "" : value);
                return true;
            } catch (IllegalArgumentException e) {
                context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("why", e.getMessage());
                return false;
            }
        }
    }
}
