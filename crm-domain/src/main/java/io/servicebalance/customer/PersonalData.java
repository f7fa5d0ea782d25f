package io.servicebalance.customer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event field that holds a customer's personal data: a name, an e-mail address, a phone number, or free text
 * an agent or the customer wrote. The event store keeps such a field encrypted under the key of the event's
 * {@code customerId}; once that customer is erased it reads as {@link #ERASED}. An event with such a field must
 * carry a {@code customerId} component.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {

    /** What a personal field of an erased customer reads as. */
    String ERASED = "[erased]";
}
