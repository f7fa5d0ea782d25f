package io.servicebalance.customer;

/**
 * The service class a customer belongs to; it decides targets and priority, never whether a contact is handled.
 */
public enum ServiceTier {
    /** High-volume, high-value accounts: fastest targets and an account manager. */
    PREMIUM,
    /** The many ordinary, growing accounts. */
    STANDARD,
    /** Low-volume accounts: the minimum promise every customer gets. */
    BASIC,
    /** Vulnerable customers: priority handling and proactive follow-up regardless of value. */
    CARE
}
