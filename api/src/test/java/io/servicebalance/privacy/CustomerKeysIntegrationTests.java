package io.servicebalance.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactEvents.ContactReceived;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerEvents.CustomerRegistered;
import io.servicebalance.customer.CustomerEvents.PurchaseRecorded;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keys prepared for many customers at once, as bulk appends do, are the keys each customer's data is sealed with. */
@SpringBootTest
class CustomerKeysIntegrationTests {

    @Autowired
    CustomerKeys keys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void preparedKeysAreCreatedOnceAndAreTheKeysWritingUses() {
        String a = "keys-" + UUID.randomUUID();
        String b = "keys-" + UUID.randomUUID();
        keys.forWriting(a);
        byte[] stored = secret(a);

        keys.prepareForWriting(List.of(a, b, b));

        assertThat(secret(a)).isEqualTo(stored);
        assertThat(secret(b)).hasSize(32);
        assertThat(keys.forWriting(b).getEncoded()).isEqualTo(secret(b));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_key WHERE customer_id IN (?, ?)", Long.class,
                a, b)).isEqualTo(2);
    }

    @Test
    void appendersPreparingOverlappingKeysAtOnceNeverDeadlock() throws Exception {
        for (int round = 0; round < 20; round++) {
            List<String> ids = IntStream.range(0, 400).mapToObj(i -> "keys-" + UUID.randomUUID()).toList();
            List<String> reversed = new ArrayList<>(ids);
            Collections.reverse(reversed);
            CustomerKeys one = new CustomerKeys(jdbc, Duration.ofSeconds(5));
            CustomerKeys other = new CustomerKeys(jdbc, Duration.ofSeconds(5));
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> one.prepareForWriting(ids));
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> other.prepareForWriting(reversed));

            CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);

            assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_key WHERE customer_id = ANY(?)", Long.class,
                    (Object) ids.toArray(String[]::new))).isEqualTo(ids.size());
            assertThat(one.forWriting(ids.get(0)).getEncoded()).isEqualTo(other.forWriting(ids.get(0)).getEncoded());
        }
    }

    @Test
    void anErasedCustomerGetsNoPreparedKey() {
        String erased = "keys-" + UUID.randomUUID();
        keys.forWriting(erased);
        keys.erase(erased);

        keys.prepareForWriting(List.of(erased));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_key WHERE customer_id = ?", Long.class, erased))
                .isZero();
        assertThat(keys.forWriting(erased)).isNull();
    }

    @Test
    void theOwnersOfPersonalDataAreTheCustomersOfEventsWithPersonalFields() {
        Instant at = Instant.parse("2026-01-07T09:00:00Z");
        CustomerId ann = new CustomerId("ann");
        List<Object> events = List.of(
                new CustomerRegistered(ann, "Ann", "ann@example.com", null, ServiceTier.BASIC, at),
                new ContactReceived(new ContactId("k1"), new CustomerId("bob"), Channel.PHONE, ContactType.INQUIRY,
                        "subject", at),
                new PurchaseRecorded(new CustomerId("carl"), new BigDecimal("1.00"), "EUR", null, ServiceTier.BASIC,
                        at));

        assertThat(PersonalDataOwners.of(events)).containsExactly("ann", "bob", "carl");
        assertThat(PersonalDataOwners.of(List.of("not an event"))).isEmpty();
    }

    private byte[] secret(String customer) {
        return jdbc.queryForObject("SELECT secret FROM customer_key WHERE customer_id = ?", byte[].class, customer);
    }
}
