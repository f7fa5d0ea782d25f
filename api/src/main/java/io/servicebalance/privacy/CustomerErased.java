package io.servicebalance.privacy;

/**
 * Published (as a Spring application event) once a customer's key is deleted: read models that keep personal data
 * replace it with the placeholder.
 */
public record CustomerErased(String customerId) {
}
