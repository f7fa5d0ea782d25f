package io.servicebalance.contact.web;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.servicebalance.web.BusinessTimeRange;
import java.time.Instant;

/**
 * Request bodies of the contact endpoints. {@code occurredAt} is the business time; when omitted the server's clock
 * on receipt is used.
 */
final class ContactRequests {

    private ContactRequests() {
    }

    record Receive(@Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may contain only letters, digits and . _ : -") String id,
                   @NotBlank @Size(max = 100) String customerId,
                   @NotNull Channel channel,
                   @NotNull ContactType type,
                   @NotBlank @Size(max = 500) String subject,
                   @BusinessTimeRange Instant occurredAt) {
    }

    record Answer(@NotBlank @Size(max = 100) String agentId, @BusinessTimeRange Instant occurredAt) {
    }

    record At(@BusinessTimeRange Instant occurredAt) {
    }

    record Reason(@NotBlank @Size(max = 500) String reason, @BusinessTimeRange Instant occurredAt) {
    }

    record Resolve(@NotNull @Min(0) @Max(2_592_000) Long handleSeconds, @NotNull Boolean firstContactResolution,
                   @BusinessTimeRange Instant occurredAt) {
    }

    record Rating(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 2000) String comment, @BusinessTimeRange Instant occurredAt) {
    }

    record Findings(@NotBlank @Size(max = 2000) String findings, @BusinessTimeRange Instant occurredAt) {
    }

    record Remedy(@NotBlank @Size(max = 2000) String remedy, @BusinessTimeRange Instant occurredAt) {
    }

    record Feedback(@NotBlank @Size(max = 2000) String customerFeedback, @BusinessTimeRange Instant occurredAt) {
    }
}
