package io.servicebalance.customer.web;

import io.servicebalance.customer.ServiceTier;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import io.servicebalance.web.BusinessTimeRange;
import java.time.Instant;

/**
 * Request bodies of the customer endpoints. {@code occurredAt} is the business time; when omitted the server's
 * clock on receipt is used.
 */
final class CustomerRequests {

    private CustomerRequests() {
    }

    record Register(@Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may contain only letters, digits and . _ : -") String id,
                    @NotBlank @Size(max = 200) String name,
                    @NotBlank @Email @Size(max = 254) String email,
                    @Size(max = 40) String phone,
                    @NotNull ServiceTier tier,
                    @BusinessTimeRange Instant occurredAt) {
    }

    record Purchase(@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4) BigDecimal amount,
                    @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
                    @Size(max = 500) String description,
                    @BusinessTimeRange Instant occurredAt) {
    }

    record TierChange(@NotNull ServiceTier tier, @NotBlank @Size(max = 500) String reason, @BusinessTimeRange Instant occurredAt) {
    }

    record ManagerAssignment(@NotBlank @Size(max = 100) String managerId, @BusinessTimeRange Instant occurredAt) {
    }

    record ContactDetails(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
                          @Size(max = 40) String phone, @BusinessTimeRange Instant occurredAt) {
    }

    record Churn(@NotBlank @Size(max = 500) String reason, @BusinessTimeRange Instant occurredAt) {
    }

    record WinBack(@BusinessTimeRange Instant occurredAt) {
    }
}
