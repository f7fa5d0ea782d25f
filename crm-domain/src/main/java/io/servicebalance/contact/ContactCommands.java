package io.servicebalance.contact;

import io.servicebalance.customer.CustomerId;
import io.servicebalance.rules.Shape;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands a {@link Contact} handles. Each checks its own shape; business rules live in the aggregate. */
public final class ContactCommands {

    private ContactCommands() {
    }

    /** A customer got in touch on a channel and now waits for an agent. */
    public record ReceiveContact(@TargetAggregateIdentifier ContactId contactId, CustomerId customerId, Channel channel,
                                 ContactType type, String subject, Instant occurredAt) {
        public ReceiveContact {
            Shape.required(contactId, "contactId");
            Shape.required(customerId, "customerId");
            Shape.required(channel, "channel");
            Shape.required(type, "type");
            Shape.text(subject, "subject", 500);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** An agent took the waiting contact. */
    public record AnswerContact(@TargetAggregateIdentifier ContactId contactId, String agentId, Instant occurredAt) {
        public AnswerContact {
            Shape.required(contactId, "contactId");
            Shape.text(agentId, "agentId", 100);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** The customer gave up waiting. */
    public record AbandonContact(@TargetAggregateIdentifier ContactId contactId, Instant occurredAt) {
        public AbandonContact {
            Shape.required(contactId, "contactId");
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** The case goes to a more senior team. */
    public record EscalateContact(@TargetAggregateIdentifier ContactId contactId, String reason, Instant occurredAt) {
        public EscalateContact {
            Shape.required(contactId, "contactId");
            Shape.text(reason, "reason", 500);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** The case is resolved after {@code handleSeconds} of agent work. */
    public record ResolveContact(@TargetAggregateIdentifier ContactId contactId, long handleSeconds,
                                 boolean firstContactResolution, Instant occurredAt) {
        public ResolveContact {
            Shape.required(contactId, "contactId");
            if (handleSeconds < 0 || handleSeconds > 30L * 24 * 3600) {
                throw new IllegalArgumentException("handleSeconds must be between 0 and 2592000");
            }
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** A resolved case turns out not to be resolved. */
    public record ReopenContact(@TargetAggregateIdentifier ContactId contactId, String reason, Instant occurredAt) {
        public ReopenContact {
            Shape.required(contactId, "contactId");
            Shape.text(reason, "reason", 500);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** A resolved case is closed for good. */
    public record CloseContact(@TargetAggregateIdentifier ContactId contactId, Instant occurredAt) {
        public CloseContact {
            Shape.required(contactId, "contactId");
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** The customer rated the resolution (CSAT 1-5). */
    public record RateSatisfaction(@TargetAggregateIdentifier ContactId contactId, int score, String comment,
                                   Instant occurredAt) {
        public RateSatisfaction {
            Shape.required(contactId, "contactId");
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("score must be between 1 and 5");
            }
            Shape.optionalText(comment, "comment", 2000);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** Complaint step 2: initial handling, the complaint is acknowledged to the customer. */
    public record AcknowledgeComplaint(@TargetAggregateIdentifier ContactId contactId, Instant occurredAt) {
        public AcknowledgeComplaint {
            Shape.required(contactId, "contactId");
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** Complaint step 3: the complaint was investigated. */
    public record InvestigateComplaint(@TargetAggregateIdentifier ContactId contactId, String findings,
                                       Instant occurredAt) {
        public InvestigateComplaint {
            Shape.required(contactId, "contactId");
            Shape.text(findings, "findings", 2000);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** Complaint step 4: a remedy was proposed to the customer. */
    public record ProposeRemedy(@TargetAggregateIdentifier ContactId contactId, String remedy, Instant occurredAt) {
        public ProposeRemedy {
            Shape.required(contactId, "contactId");
            Shape.text(remedy, "remedy", 2000);
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** Complaint step 5: the remedy was carried out. */
    public record ImplementRemedy(@TargetAggregateIdentifier ContactId contactId, Instant occurredAt) {
        public ImplementRemedy {
            Shape.required(contactId, "contactId");
            Shape.instant(occurredAt, "occurredAt");
        }
    }

    /** Complaint step 6: archived with the customer's feedback. */
    public record ArchiveComplaint(@TargetAggregateIdentifier ContactId contactId, String customerFeedback,
                                   Instant occurredAt) {
        public ArchiveComplaint {
            Shape.required(contactId, "contactId");
            Shape.text(customerFeedback, "customerFeedback", 2000);
            Shape.instant(occurredAt, "occurredAt");
        }
    }
}
