package io.servicebalance.simulation.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactCommands.AbandonContact;
import io.servicebalance.contact.ContactCommands.AcknowledgeComplaint;
import io.servicebalance.contact.ContactCommands.AnswerContact;
import io.servicebalance.contact.ContactCommands.ArchiveComplaint;
import io.servicebalance.contact.ContactCommands.CloseContact;
import io.servicebalance.contact.ContactCommands.EscalateContact;
import io.servicebalance.contact.ContactCommands.ImplementRemedy;
import io.servicebalance.contact.ContactCommands.InvestigateComplaint;
import io.servicebalance.contact.ContactCommands.ProposeRemedy;
import io.servicebalance.contact.ContactCommands.RateSatisfaction;
import io.servicebalance.contact.ContactCommands.ReceiveContact;
import io.servicebalance.contact.ContactCommands.ReopenContact;
import io.servicebalance.contact.ContactCommands.ResolveContact;
import io.servicebalance.contact.ContactId;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The commands of one contact's life, given what the simulated contact centre did with it: received, then abandoned
 * or answered, escalated sometimes, complaint steps in order (some stall), resolved after its handle time, reopened
 * sometimes, closed, and rated with a score that falls with long waits, escalations and repeat contacts.
 */
final class CaseScript {

    private final List<ScheduledCommand> out;
    private final Instant end;
    private final SplittableRandom random;

    CaseScript(List<ScheduledCommand> out, Instant end, SplittableRandom random) {
        this.out = out;
        this.end = end;
        this.random = random;
    }

    /** @return true when the contact is an unresolved complaint at the end of the history */
    boolean write(String contactId, SyntheticCustomer customer, Channel channel, ContactType type, Instant arrival,
                  double waitSeconds, boolean answered, long handleSeconds, String agentId, boolean longWait) {
        ContactId id = new ContactId(contactId);
        add(arrival, id, new ReceiveContact(id, new CustomerId(customer.id), channel, type, subject(type), arrival));
        Instant at = arrival.plusMillis(Math.round(waitSeconds * 1000));
        if (!answered) {
            if (!Double.isInfinite(waitSeconds)) {
                add(at, id, new AbandonContact(id, at));
            }
            return false;
        }
        add(at, id, new AnswerContact(id, agentId, at));
        Instant answeredAt = at;
        boolean escalated = random.nextDouble() < 0.08;
        if (escalated) {
            at = at.plusSeconds(handleSeconds / 2);
            add(at, id, new EscalateContact(id, "needs a specialist", at));
        }
        if (type == ContactType.COMPLAINT) {
            at = complaintSteps(id, answeredAt.plusSeconds(Math.max(1, handleSeconds)));
            if (at == null) {
                return true;
            }
        } else {
            at = at.plusSeconds(handleSeconds - (escalated ? handleSeconds / 2 : 0));
        }
        boolean firstContact = !escalated && random.nextDouble() < 0.8;
        add(at, id, new ResolveContact(id, handleSeconds, firstContact, at));
        int score = score(longWait, escalated, firstContact);
        if (random.nextDouble() < 0.4) {
            Instant rated = at.plusSeconds(600 + random.nextInt(86_400));
            add(rated, id, new RateSatisfaction(id, score, null, rated));
        }
        if (random.nextDouble() < 0.05) {
            Instant reopened = at.plusSeconds(86_400 + random.nextInt(3 * 86_400));
            add(reopened, id, new ReopenContact(id, "the problem came back", reopened));
            Instant again = reopened.plusSeconds(3_600 + random.nextInt(86_400));
            add(again, id, new ResolveContact(id, handleSeconds / 2, false, again));
            at = again;
        }
        if (type == ContactType.COMPLAINT) {
            at = at.plusSeconds(3_600 + random.nextInt(4 * 86_400));
            add(at, id, new ArchiveComplaint(id, score >= 4 ? "satisfied with the remedy" : "still unhappy", at));
        }
        Instant closed = at.plusSeconds(3 * 86_400);
        add(closed, id, new CloseContact(id, closed));
        return false;
    }

    /**
     * Complaint steps 2-5, acknowledged as the first call ends (so the history keeps the call's handle time even when
     * the complaint is never resolved); returns when the remedy was implemented, or null when the complaint stalled.
     */
    private Instant complaintSteps(ContactId id, Instant at) {
        add(at, id, new AcknowledgeComplaint(id, at));
        Instant t = at;
        for (int step = 0; step < 3; step++) {
            if (random.nextDouble() < 0.1) {
                return null;
            }
            t = t.plusSeconds(3_600 + random.nextInt(2 * 86_400));
            switch (step) {
                case 0 -> add(t, id, new InvestigateComplaint(id, "root cause found", t));
                case 1 -> add(t, id, new ProposeRemedy(id, "refund and apology", t));
                default -> add(t, id, new ImplementRemedy(id, t));
            }
        }
        return t.isBefore(end) ? t : null;
    }

    private int score(boolean longWait, boolean escalated, boolean firstContact) {
        double s = 4.6 - (longWait ? 1.3 : 0) - (escalated ? 0.6 : 0) - (firstContact ? 0 : 0.8)
                + 0.7 * Workload.gaussian(random);
        return (int) Math.max(1, Math.min(5, Math.round(s)));
    }

    private void add(Instant at, ContactId id, Object command) {
        if (at.isBefore(end)) {
            out.add(new ScheduledCommand(at, id.value(), command));
        }
    }

    private static String subject(ContactType type) {
        return switch (type) {
            case INQUIRY -> "question about an invoice";
            case REQUEST -> "change of delivery address";
            case COMPLAINT -> "late delivery";
            case FEEDBACK -> "feedback on the new app";
        };
    }
}
