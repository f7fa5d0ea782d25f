package io.servicebalance.contact;

import io.servicebalance.rules.RuleViolation;

/** The six steps every complaint passes, strictly in this order. */
public enum ComplaintStep {
    RECEIVED("received"),
    ACKNOWLEDGED("acknowledged"),
    INVESTIGATED("investigated"),
    REMEDY_PROPOSED("given a proposed remedy"),
    REMEDY_IMPLEMENTED("given an implemented remedy"),
    ARCHIVED("archived");

    private final String description;

    ComplaintStep(String description) {
        this.description = description;
    }

    /** The step that must come after this one, or fails naming the step that is missing. */
    void requireNext(ComplaintStep next) {
        if (next.ordinal() <= ordinal()) {
            throw RuleViolation.conflict("complaint-step-repeated",
                    "The complaint has already been " + next.description);
        }
        if (next.ordinal() != ordinal() + 1) {
            ComplaintStep missing = values()[ordinal() + 1];
            throw RuleViolation.conflict("complaint-step-out-of-order", "The complaint must be " + missing.description
                    + " before it can be " + next.description);
        }
    }

    boolean reached(ComplaintStep step) {
        return ordinal() >= step.ordinal();
    }
}
