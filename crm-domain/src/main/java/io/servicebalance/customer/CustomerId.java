package io.servicebalance.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a customer; serialized as its plain value. */
public record CustomerId(@JsonValue String value) {

    public CustomerId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
        if (value.length() > 100) {
            throw new IllegalArgumentException("customerId must be at most 100 characters");
        }
        io.servicebalance.rules.Shape.plain(value, "customerId");
    }

    @JsonCreator
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
