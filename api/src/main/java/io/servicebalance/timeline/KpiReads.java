package io.servicebalance.timeline;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ServiceLevelAgreement;
import io.servicebalance.customer.ServiceTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Computes a customer's KPIs from its timeline rows recorded up to a moment, so audits see what was known then. */
@Component
class KpiReads {

    private final JdbcTemplate jdbc;
    private final ServiceLevelAgreement sla;

    KpiReads(JdbcTemplate jdbc, SlaTargets targets) {
        this.jdbc = jdbc;
        this.sla = targets.agreement();
    }

    /** Running state while the rows are folded in business-time order. */
    private static final class Fold {
        String tier;
        String manager;
        boolean churned;
        final Map<String, BigDecimal> value = new TreeMap<>();
        final Set<String> received = new HashSet<>();
        final Set<String> done = new HashSet<>();
        final Set<String> complaints = new HashSet<>();
        final Set<String> archived = new HashSet<>();
        Integer lastScore;
        int scores;
        int scoreSum;
        final Map<String, Integer> byChannel = new TreeMap<>();
        int abandoned;
        int breaches;
        Instant lastContact;
    }

    CustomerKpis kpis(int generation, String customerId, Instant asOf, Instant now) {
        Fold f = new Fold();
        jdbc.query("SELECT type, channel, contact_id, contact_type, tier, manager, amount, score, wait_seconds,"
                        + " occurred_at, currency FROM timeline_entry WHERE generation = ? AND customer_id = ?"
                        + " AND recorded_at <= ? ORDER BY occurred_at, entry_id",
                rs -> {
                    fold(f, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getBigDecimal(7), (Integer) rs.getObject(8),
                            (Long) rs.getObject(9), rs.getTimestamp(10).toInstant(), rs.getString(11));
                }, generation, customerId, TimelineQuery.recordedUpTo(asOf == null
                        ? Instant.parse("9999-01-01T00:00:00Z") : asOf));
        Set<String> open = new HashSet<>(f.received);
        open.removeAll(f.done);
        Set<String> openComplaints = new HashSet<>(f.complaints);
        openComplaints.removeAll(f.archived);
        openComplaints.removeAll(f.done);
        Instant reference = asOf == null ? now : asOf;
        return new CustomerKpis(f.tier, f.manager, f.churned, f.value, open.size(), openComplaints.size(),
                f.lastScore, f.scores == 0 ? null : (double) f.scoreSum / f.scores, f.byChannel, f.abandoned,
                f.breaches, f.lastContact, f.lastContact == null ? null
                : Duration.between(f.lastContact, reference).toDays());
    }

    /** Name and e-mail as recorded up to {@code asOf}: the latest registration or change of contact details. */
    java.util.Optional<String[]> person(int generation, String customerId, Instant asOf) {
        return jdbc.query("SELECT name, email FROM timeline_entry WHERE generation = ? AND customer_id = ?"
                        + " AND name IS NOT NULL AND recorded_at <= ? ORDER BY occurred_at DESC, entry_id DESC LIMIT 1",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, generation, customerId,
                TimelineQuery.recordedUpTo(asOf)).stream().findFirst();
    }

    private void fold(Fold f, String type, String channel, String contact, String contactType, String tier,
                      String manager, BigDecimal amount, Integer score, Long wait, Instant at, String currency) {
        switch (type) {
            case "CustomerRegistered", "ServiceTierChanged" -> f.tier = tier;
            case "AccountManagerAssigned" -> f.manager = manager;
            case "PurchaseRecorded" -> f.value.merge(currency == null ? "?" : currency, amount, BigDecimal::add);
            case "CustomerChurned" -> f.churned = true;
            case "CustomerWonBack" -> f.churned = false;
            case "ContactReceived" -> {
                f.received.add(contact);
                f.byChannel.merge(channel, 1, Integer::sum);
                f.lastContact = at;
                if ("COMPLAINT".equals(contactType)) {
                    f.complaints.add(contact);
                }
            }
            case "ContactAnswered" -> f.breaches += sla.answeredLate(tier(f), Channel.valueOf(channel), wait) ? 1 : 0;
            case "ContactAbandoned" -> {
                f.abandoned++;
                f.breaches += sla.shortAbandon(wait) ? 0 : 1;
                f.done.add(contact);
            }
            case "ContactClosed" -> f.done.add(contact);
            case "ComplaintArchived" -> f.archived.add(contact);
            case "SatisfactionRated" -> {
                f.lastScore = score;
                f.scores++;
                f.scoreSum += score;
            }
            default -> { }
        }
    }

    private static ServiceTier tier(Fold f) {
        return f.tier == null ? ServiceTier.STANDARD : ServiceTier.valueOf(f.tier);
    }

}
