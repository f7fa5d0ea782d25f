package io.servicebalance.eventstore.bulk;

/** An aggregate refused a command; {@code message} is the rule's own explanation. */
public record CommandRefused(Object source, String rule, String message) {
}
