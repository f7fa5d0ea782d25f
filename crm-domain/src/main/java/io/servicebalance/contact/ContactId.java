package io.servicebalance.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a contact and the case it becomes; serialized as its plain value. */
public record ContactId(@JsonValue String value) {

    public ContactId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("contactId must not be blank");
        }
        if (value.length() > 100) {
            throw new IllegalArgumentException("contactId must be at most 100 characters");
        }
        io.servicebalance.rules.Shape.plain(value, "contactId");
    }

    @JsonCreator
    public static ContactId of(String value) {
        return new ContactId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
