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
import java.util.Arrays;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** The name of one of an enum's constants, e.g. a channel ({@code PHONE}); null is valid. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = NameOf.Check.class)
public @interface NameOf {

    /** The enum whose constants' names are accepted. */
    Class<? extends Enum<?>> value();

    /** What a name stands for, in the message: "channel", "tier", "priority". */
    String what();

    String message() default "unknown {what} '{name}' (one of {names})";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts the names of the enum's constants. */
    class Check implements ConstraintValidator<NameOf, String> {

        private String names;
        private java.util.Set<String> accepted;

        @Override
        public void initialize(NameOf constraint) {
            accepted = Arrays.stream(constraint.value().getEnumConstants()).map(Enum::name)
                    .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
            names = accepted.toString();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || accepted.contains(value)) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("name", value)
                    .addMessageParameter("names", names);
            return false;
        }
    }
}
