package io.servicebalance.simulation.plan.constraint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A record whose components constrain each other (one of two required, an order between two instants): its
 * {@link Rules#crossProblems()} are reported as violations of the named component, or of the record itself.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = CrossChecked.Check.class)
public @interface CrossChecked {

    String message() default "is not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Implemented by a {@link CrossChecked} record. */
    interface Rules {
        /** Every broken rule; an empty list when the components agree. */
        List<Problem> crossProblems();
    }

    /** A broken rule: the component it is reported on (null: the record itself) and the message. */
    record Problem(String component, String message) {
    }

    /** Reports each of the record's cross problems as a violation. */
    class Check implements ConstraintValidator<CrossChecked, Rules> {

        @Override
        public boolean isValid(Rules value, ConstraintValidatorContext context) {
            List<Problem> problems = value == null ? List.of() : value.crossProblems();
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (Problem p : problems) {
                String template = p.message().replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
                        .replace("$", "\\$");
                var builder = context.buildConstraintViolationWithTemplate(template);
                if (p.component() == null) {
                    builder.addConstraintViolation();
                } else {
                    builder.addPropertyNode(p.component()).addConstraintViolation();
                }
            }
            return false;
        }
    }
}
