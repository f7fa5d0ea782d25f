package io.servicebalance.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.customer.CustomerCommands.*;
import io.servicebalance.customer.CustomerEvents.*;
import io.servicebalance.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerTests {

    static final CustomerId ID = new CustomerId("c-1");
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant T1 = T0.plusSeconds(3600);
    static final Instant BEFORE = T0.minusSeconds(1);
    static final Instant NOW = T0.plusSeconds(86_400);
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private FixtureConfiguration<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(CLOCK);
    }

    static CustomerRegistered registered() {
        return new CustomerRegistered(ID, "Ada Lovelace", "ada@example.com", "+44 20 0000", ServiceTier.STANDARD, T0);
    }

    static CustomerChurned churned() {
        return new CustomerChurned(ID, "moved to a competitor", ServiceTier.STANDARD, T0.plusSeconds(60));
    }

    @Test
    void registersACustomer() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(ID, "Ada Lovelace", "ada@example.com", "+44 20 0000", ServiceTier.STANDARD, T0))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void rejectsRegisteringAnExistingId() {
        fixture.given(registered())
                .when(new RegisterCustomer(ID, "Someone Else", "else@example.com", null, ServiceTier.BASIC, T1))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("A customer with id 'c-1' is already registered")
                .expectNoEvents();
    }

    @Test
    void changesTierRecordingThePreviousOne() {
        fixture.given(registered())
                .when(new ChangeServiceTier(ID, ServiceTier.PREMIUM, "volume grew", T1))
                .expectEvents(new ServiceTierChanged(ID, ServiceTier.STANDARD, ServiceTier.PREMIUM, "volume grew", T1));
    }

    @Test
    void rejectsChangingToTheSameTier() {
        fixture.given(registered())
                .when(new ChangeServiceTier(ID, ServiceTier.STANDARD, "no change", T1))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rejectsTierChangeOfAChurnedCustomer() {
        fixture.given(registered(), churned())
                .when(new ChangeServiceTier(ID, ServiceTier.PREMIUM, "offer", T1))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Cannot change the tier of a churned customer; win it back first")
                .expectNoEvents();
    }

    @Test
    void assignsAnAccountManager() {
        fixture.given(registered())
                .when(new AssignAccountManager(ID, "manager1", T1))
                .expectEvents(new AccountManagerAssigned(ID, "manager1", null, T1));
    }

    @Test
    void reassigningRecordsThePreviousManager() {
        fixture.given(registered(), new AccountManagerAssigned(ID, "manager1", null, T1))
                .when(new AssignAccountManager(ID, "manager2", T1.plusSeconds(1)))
                .expectEvents(new AccountManagerAssigned(ID, "manager2", "manager1", T1.plusSeconds(1)));
    }

    @Test
    void rejectsAssigningTheSameManagerAgain() {
        fixture.given(registered(), new AccountManagerAssigned(ID, "manager1", null, T1))
                .when(new AssignAccountManager(ID, "manager1", T1.plusSeconds(1)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void changesContactDetails() {
        fixture.given(registered())
                .when(new ChangeContactDetails(ID, "Ada King", "ada.king@example.com", null, T1))
                .expectEvents(new ContactDetailsChanged(ID, "Ada King", "ada.king@example.com", null, T1));
    }

    @Test
    void recordsAPurchaseWithTheTierAtThatTime() {
        fixture.given(registered())
                .when(new RecordPurchase(ID, new BigDecimal("250.00"), "EUR", "annual plan", T1))
                .expectEvents(new PurchaseRecorded(ID, new BigDecimal("250.00"), "EUR", "annual plan",
                        ServiceTier.STANDARD, T1));
    }

    @Test
    void rejectsAPurchaseByAChurnedCustomer() {
        fixture.given(registered(), churned())
                .when(new RecordPurchase(ID, BigDecimal.TEN, "EUR", null, T1))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void churnsAnActiveCustomer() {
        fixture.given(registered())
                .when(new ChurnCustomer(ID, "moved to a competitor", T0.plusSeconds(60)))
                .expectEvents(churned());
    }

    @Test
    void rejectsChurningTwice() {
        fixture.given(registered(), churned())
                .when(new ChurnCustomer(ID, "again", T1))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void winsBackAChurnedCustomer() {
        fixture.given(registered(), churned())
                .when(new WinBackCustomer(ID, T1))
                .expectEvents(new CustomerWonBack(ID, ServiceTier.STANDARD, T1));
    }

    @Test
    void rejectsWinningBackAnActiveCustomer() {
        fixture.given(registered())
                .when(new WinBackCustomer(ID, T1))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Only a churned customer can be won back")
                .expectNoEvents();
    }

    @Test
    void aWonBackCustomerMayPurchaseAgain() {
        fixture.given(registered(), churned(), new CustomerWonBack(ID, ServiceTier.STANDARD, T1))
                .when(new RecordPurchase(ID, BigDecimal.ONE, "USD", null, T1.plusSeconds(5)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsCommandsWhoseTimeRunsBackwards() {
        fixture.given(registered(), new ServiceTierChanged(ID, ServiceTier.STANDARD, ServiceTier.PREMIUM, "x", T1))
                .when(new RecordPurchase(ID, BigDecimal.ONE, "EUR", null, T0.plusSeconds(5)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnUnknownCustomerForNonCreatingCommands() {
        fixture.givenNoPriorActivity()
                .when(new ChurnCustomer(ID, "gone", T0))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    @Test
    void rejectsMalformedCommandsByShape() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new RecordPurchase(ID, BigDecimal.ZERO, "EUR", null, T0))
                .hasMessage("amount must be greater than 0");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new RecordPurchase(ID, BigDecimal.ONE, "EURO", null, T0))
                .hasMessageStartingWith("currency must be an ISO 4217 code");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new RegisterCustomer(ID, "A", "not-an-email", null, ServiceTier.BASIC, T0))
                .hasMessage("email must be an e-mail address");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CustomerId(" "))
                .hasMessage("customerId must not be blank");
        assertThat(ID.toString()).isEqualTo("c-1");
    }

    @Test
    void timeRunningBackwardsIsUnprocessable() {
        RuleViolation violation = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class, () ->
                io.servicebalance.rules.Shape.notBefore(BEFORE, T0, "The purchase"));
        assertThat(violation.kind()).isEqualTo(RuleViolation.Kind.UNPROCESSABLE);
        assertThat(violation.rule()).isEqualTo("time-runs-backwards");
    }

    @Test
    void aCommandWithoutATimeIsStampedWithTheClockWhileItHoldsTheCustomer() {
        fixture.given(registered())
                .when(new RecordPurchase(ID, BigDecimal.TEN, "EUR", null, null))
                .expectEvents(new PurchaseRecorded(ID, BigDecimal.TEN, "EUR", null, ServiceTier.STANDARD, NOW));
    }

    @Test
    void aTimeTheServerChoseNeverRunsBehindTheLastEvent() {
        Instant ahead = NOW.plusSeconds(3600);
        fixture.given(registered(), new PurchaseRecorded(ID, BigDecimal.ONE, "EUR", null, ServiceTier.STANDARD, ahead))
                .when(new RecordPurchase(ID, BigDecimal.TEN, "EUR", null, null))
                .expectEvents(new PurchaseRecorded(ID, BigDecimal.TEN, "EUR", null, ServiceTier.STANDARD, ahead));
    }

    @Test
    void aTimeTheClientGaveRunningBackwardsIsRefusedByType() {
        fixture.given(registered(), new ServiceTierChanged(ID, ServiceTier.STANDARD, ServiceTier.PREMIUM, "x", T1))
                .when(new ChangeContactDetails(ID, "Ada", "ada@example.com", null, T0))
                .expectException(io.servicebalance.rules.TimeRunsBackwards.class)
                .expectNoEvents();
    }

    @Test
    void refusesTextThatTheStoreCannotHoldAndInstantsOutsideItsRange() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new RegisterCustomer(ID, "Ada\u0000", "ada@example.com", null, ServiceTier.BASIC, T0))
                .hasMessage("name must not contain control characters (U+0000 at position 3)");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new RecordPurchase(ID, BigDecimal.ONE, "EUR", "\ud800x", T0))
                .hasMessageStartingWith("description must be valid Unicode text");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CustomerId("c\u001b1"))
                .hasMessageStartingWith("customerId must not contain control characters");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ChurnCustomer(ID, "gone", Instant.parse("+300000-01-01T00:00:00Z")))
                .hasMessageStartingWith("occurredAt must be between 0001-01-01T00:00:00Z and");
        assertThat(new ChurnCustomer(ID, "line one\nline two\twith a tab", null).reason()).contains("\n");
    }
}
