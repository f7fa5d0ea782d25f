package io.servicebalance.timeline;

/** The customer attributes an event sets; null fields are left alone. */
record DirectoryChange(String customerId, String name, String email, String tier, String manager, Boolean churned) {
}
