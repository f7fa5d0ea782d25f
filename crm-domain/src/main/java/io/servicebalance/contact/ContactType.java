package io.servicebalance.contact;

/** Why the customer got in touch; a COMPLAINT also passes the six complaint steps. */
public enum ContactType {
    INQUIRY,
    REQUEST,
    COMPLAINT,
    FEEDBACK
}
