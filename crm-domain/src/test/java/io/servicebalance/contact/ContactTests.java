package io.servicebalance.contact;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicebalance.contact.ContactCommands.*;
import io.servicebalance.contact.ContactEvents.*;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.rules.RuleViolation;
import io.servicebalance.customer.Customers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactTests {

    static final ContactId ID = new ContactId("k-1");
    static final CustomerId CUSTOMER = new CustomerId("c-1");
    static final Instant T0 = Instant.parse("2026-02-02T10:00:00Z");
    static final Instant NOW = T0.plusSeconds(7200);

    private FixtureConfiguration<Contact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((Customers) CUSTOMER::equals);
    }

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    static ContactReceived received(ContactType type) {
        return new ContactReceived(ID, CUSTOMER, Channel.PHONE, type, "billing question", T0);
    }

    static ContactAnswered answered(ContactType type) {
        return new ContactAnswered(ID, CUSTOMER, Channel.PHONE, type, "agent-7", 42, at(42));
    }

    static ContactResolved resolved(ContactType type, long at) {
        return new ContactResolved(ID, CUSTOMER, Channel.PHONE, type, 300, true, at(at));
    }

    private Object[] complaintUpTo(ComplaintStep step) {
        java.util.List<Object> events = new java.util.ArrayList<>(java.util.List.of(
                received(ContactType.COMPLAINT), answered(ContactType.COMPLAINT)));
        if (step.reached(ComplaintStep.ACKNOWLEDGED)) {
            events.add(new ComplaintAcknowledged(ID, CUSTOMER, Channel.PHONE, at(100)));
        }
        if (step.reached(ComplaintStep.INVESTIGATED)) {
            events.add(new ComplaintInvestigated(ID, CUSTOMER, Channel.PHONE, "double charge", at(200)));
        }
        if (step.reached(ComplaintStep.REMEDY_PROPOSED)) {
            events.add(new RemedyProposed(ID, CUSTOMER, Channel.PHONE, "refund", at(300)));
        }
        if (step.reached(ComplaintStep.REMEDY_IMPLEMENTED)) {
            events.add(new RemedyImplemented(ID, CUSTOMER, Channel.PHONE, at(400)));
        }
        if (step.reached(ComplaintStep.ARCHIVED)) {
            events.add(new ComplaintArchived(ID, CUSTOMER, Channel.PHONE, "happy", at(500)));
        }
        return events.toArray();
    }

    @Test
    void receivesAContact() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveContact(ID, CUSTOMER, Channel.PHONE, ContactType.INQUIRY, "billing question", T0))
                .expectEvents(received(ContactType.INQUIRY));
    }

    @Test
    void rejectsReceivingTheSameContactTwice() {
        fixture.given(received(ContactType.INQUIRY))
                .when(new ReceiveContact(ID, CUSTOMER, Channel.CHAT, ContactType.INQUIRY, "again", at(1)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void answeringRecordsTheWaitDerivedFromTheTwoTimes() {
        fixture.given(received(ContactType.INQUIRY))
                .when(new AnswerContact(ID, "agent-7", at(42)))
                .expectEvents(answered(ContactType.INQUIRY));
    }

    @Test
    void abandoningRecordsTheWait() {
        fixture.given(received(ContactType.INQUIRY))
                .when(new AbandonContact(ID, at(95)))
                .expectEvents(new ContactAbandoned(ID, CUSTOMER, Channel.PHONE, ContactType.INQUIRY, 95, at(95)));
    }

    @Test
    void rejectsAbandonAfterAnswer() {
        fixture.given(received(ContactType.INQUIRY), answered(ContactType.INQUIRY))
                .when(new AbandonContact(ID, at(60)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("A contact that is in progress cannot be abandoned")
                .expectNoEvents();
    }

    @Test
    void rejectsAnswerAfterAbandon() {
        fixture.given(received(ContactType.INQUIRY),
                        new ContactAbandoned(ID, CUSTOMER, Channel.PHONE, ContactType.INQUIRY, 95, at(95)))
                .when(new AnswerContact(ID, "agent-7", at(100)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rejectsAnswerBeforeReceipt() {
        fixture.given(received(ContactType.INQUIRY))
                .when(new AnswerContact(ID, "agent-7", T0.minusSeconds(5)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void escalatesAnAnsweredCase() {
        fixture.given(received(ContactType.REQUEST), answered(ContactType.REQUEST))
                .when(new EscalateContact(ID, "needs billing team", at(90)))
                .expectEvents(new ContactEscalated(ID, CUSTOMER, Channel.PHONE, ContactType.REQUEST,
                        "needs billing team", at(90)));
    }

    @Test
    void rejectsEscalatingAWaitingContact() {
        fixture.given(received(ContactType.REQUEST))
                .when(new EscalateContact(ID, "why", at(5)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void resolvesAnAnsweredCase() {
        fixture.given(received(ContactType.INQUIRY), answered(ContactType.INQUIRY))
                .when(new ResolveContact(ID, 300, true, at(400)))
                .expectEvents(resolved(ContactType.INQUIRY, 400));
    }

    @Test
    void rejectsResolvingAWaitingContact() {
        fixture.given(received(ContactType.INQUIRY))
                .when(new ResolveContact(ID, 300, true, at(400)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void reopensAResolvedCase() {
        fixture.given(received(ContactType.INQUIRY), answered(ContactType.INQUIRY), resolved(ContactType.INQUIRY, 400))
                .when(new ReopenContact(ID, "still broken", at(900)))
                .expectEvents(new ContactReopened(ID, CUSTOMER, Channel.PHONE, ContactType.INQUIRY, "still broken",
                        at(900)));
    }

    @Test
    void rejectsReopeningAnOpenCase() {
        fixture.given(received(ContactType.INQUIRY), answered(ContactType.INQUIRY))
                .when(new ReopenContact(ID, "x", at(900)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void closesAResolvedCase() {
        fixture.given(received(ContactType.INQUIRY), answered(ContactType.INQUIRY), resolved(ContactType.INQUIRY, 400))
                .when(new CloseContact(ID, at(1000)))
                .expectEvents(new ContactClosed(ID, CUSTOMER, Channel.PHONE, ContactType.INQUIRY, at(1000)));
    }

    @Test
    void rejectsClosingAnUnresolvedCase() {
        fixture.given(received(ContactType.INQUIRY), answered(ContactType.INQUIRY))
                .when(new CloseContact(ID, at(1000)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void ratesAResolution() {
        fixture.given(received(ContactType.INQUIRY), answered(ContactType.INQUIRY), resolved(ContactType.INQUIRY, 400))
                .when(new RateSatisfaction(ID, 4, "quick", at(500)))
                .expectEvents(new SatisfactionRated(ID, CUSTOMER, Channel.PHONE, ContactType.INQUIRY, 4, "quick",
                        at(500)));
    }

    @Test
    void rejectsASecondRatingOfTheSameResolution() {
        fixture.given(received(ContactType.INQUIRY), answered(ContactType.INQUIRY), resolved(ContactType.INQUIRY, 400),
                        new SatisfactionRated(ID, CUSTOMER, Channel.PHONE, ContactType.INQUIRY, 4, null, at(500)))
                .when(new RateSatisfaction(ID, 5, null, at(600)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("This resolution has already been rated")
                .expectNoEvents();
    }

    @Test
    void allowsANewRatingAfterReopeningAndResolvingAgain() {
        fixture.given(received(ContactType.INQUIRY), answered(ContactType.INQUIRY), resolved(ContactType.INQUIRY, 400),
                        new SatisfactionRated(ID, CUSTOMER, Channel.PHONE, ContactType.INQUIRY, 2, null, at(500)),
                        new ContactReopened(ID, CUSTOMER, Channel.PHONE, ContactType.INQUIRY, "no", at(600)),
                        resolved(ContactType.INQUIRY, 700))
                .when(new RateSatisfaction(ID, 5, null, at(800)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsRatingBeforeResolution() {
        fixture.given(received(ContactType.INQUIRY), answered(ContactType.INQUIRY))
                .when(new RateSatisfaction(ID, 5, null, at(800)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rejectsRatingsOutsideOneToFive() {
        assertThatThrownBy(() -> new RateSatisfaction(ID, 6, null, T0)).hasMessage("score must be between 1 and 5");
        assertThatThrownBy(() -> new RateSatisfaction(ID, 0, null, T0)).hasMessage("score must be between 1 and 5");
    }

    @Test
    void acknowledgesAnAnsweredComplaint() {
        fixture.given(complaintUpTo(ComplaintStep.RECEIVED))
                .when(new AcknowledgeComplaint(ID, at(100)))
                .expectEvents(new ComplaintAcknowledged(ID, CUSTOMER, Channel.PHONE, at(100)));
    }

    @Test
    void rejectsAcknowledgingAComplaintNobodyAnswered() {
        fixture.given(received(ContactType.COMPLAINT))
                .when(new AcknowledgeComplaint(ID, at(100)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rejectsComplaintStepsOnOtherContactTypes() {
        fixture.given(received(ContactType.INQUIRY), answered(ContactType.INQUIRY))
                .when(new AcknowledgeComplaint(ID, at(100)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Complaint steps apply only to contacts of type COMPLAINT, not INQUIRY")
                .expectNoEvents();
    }

    @Test
    void rejectsInvestigationBeforeAcknowledgement() {
        fixture.given(complaintUpTo(ComplaintStep.RECEIVED))
                .when(new InvestigateComplaint(ID, "x", at(200)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The complaint must be acknowledged before it can be investigated")
                .expectNoEvents();
    }

    @Test
    void rejectsRemedyBeforeInvestigation() {
        fixture.given(complaintUpTo(ComplaintStep.ACKNOWLEDGED))
                .when(new ProposeRemedy(ID, "refund", at(300)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The complaint must be investigated before it can be given a proposed remedy")
                .expectNoEvents();
    }

    @Test
    void rejectsImplementingARemedyNobodyProposed() {
        fixture.given(complaintUpTo(ComplaintStep.INVESTIGATED))
                .when(new ImplementRemedy(ID, at(400)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rejectsArchivingBeforeTheRemedyIsImplemented() {
        fixture.given(complaintUpTo(ComplaintStep.REMEDY_PROPOSED))
                .when(new ArchiveComplaint(ID, "ok", at(500)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rejectsRepeatingAStep() {
        fixture.given(complaintUpTo(ComplaintStep.ACKNOWLEDGED))
                .when(new AcknowledgeComplaint(ID, at(150)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("The complaint has already been acknowledged")
                .expectNoEvents();
    }

    @Test
    void passesAllSixStepsInOrder() {
        fixture.given(complaintUpTo(ComplaintStep.REMEDY_IMPLEMENTED))
                .when(new ArchiveComplaint(ID, "happy", at(500)))
                .expectEvents(new ComplaintArchived(ID, CUSTOMER, Channel.PHONE, "happy", at(500)));
    }

    @Test
    void rejectsResolvingAComplaintBeforeItsRemedyIsImplemented() {
        fixture.given(complaintUpTo(ComplaintStep.REMEDY_PROPOSED))
                .when(new ResolveContact(ID, 600, false, at(350)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void resolvesAComplaintOnceTheRemedyIsImplemented() {
        fixture.given(complaintUpTo(ComplaintStep.REMEDY_IMPLEMENTED))
                .when(new ResolveContact(ID, 600, false, at(450)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsClosingAComplaintBeforeItIsArchived() {
        Object[] history = java.util.stream.Stream.concat(
                java.util.Arrays.stream(complaintUpTo(ComplaintStep.REMEDY_IMPLEMENTED)),
                java.util.stream.Stream.of(new ContactResolved(ID, CUSTOMER, Channel.PHONE, ContactType.COMPLAINT, 600,
                        false, at(450)))).toArray();
        fixture.given(history)
                .when(new CloseContact(ID, at(460)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void rejectsComplaintStepsWhoseTimeRunsBackwards() {
        fixture.given(complaintUpTo(ComplaintStep.ACKNOWLEDGED))
                .when(new InvestigateComplaint(ID, "x", at(50)))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rejectsMalformedCommandsByShape() {
        assertThatThrownBy(() -> new ReceiveContact(ID, CUSTOMER, null, ContactType.INQUIRY, "s", T0))
                .hasMessage("channel is required");
        assertThatThrownBy(() -> new ResolveContact(ID, -1, true, T0))
                .hasMessage("handleSeconds must be between 0 and 2592000");
        assertThatThrownBy(() -> new AnswerContact(ID, " ", T0)).hasMessage("agentId must not be blank");
    }

    @Test
    void refusesAContactOfAnIdThatIsNoRegisteredCustomer() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveContact(ID, new CustomerId("k-2"), Channel.PHONE, ContactType.INQUIRY, "hi", T0))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("No customer is registered under the id 'k-2'")
                .expectNoEvents();
    }

    @Test
    void answeringWithoutATimeUsesTheClockAndDerivesTheWait() {
        fixture.given(received(ContactType.INQUIRY))
                .when(new AnswerContact(ID, "agent-7", null))
                .expectEvents(new ContactAnswered(ID, CUSTOMER, Channel.PHONE, ContactType.INQUIRY, "agent-7", 7200,
                        NOW));
    }
}
