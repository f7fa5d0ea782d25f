package io.servicebalance.contact;

/** Where a contact and its case stand. */
enum CaseStatus {
    WAITING,
    ABANDONED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

    boolean answered() {
        return this != WAITING && this != ABANDONED;
    }
}
