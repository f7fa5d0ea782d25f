package io.servicebalance.contact;

/**
 * The way a contact reaches the contact centre.
 */
public enum Channel {
    /** Real-time voice; customers abandon while waiting. */
    PHONE,
    /** Real-time text; an agent may hold several chats at once. */
    CHAT,
    /** A backlog answered within hours; no abandonment. */
    EMAIL,
    /** Public posts answered within minutes; no abandonment. */
    SOCIAL
}
