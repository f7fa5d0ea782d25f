package io.servicebalance.simulation.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicebalance.contact.ContactCommands.AbandonContact;
import io.servicebalance.contact.ContactCommands.ReceiveContact;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticHistoryTests {

    private static final SeedSettings SETTINGS = new SeedSettings(800, 14, 4, SeedSettings.DEFAULT_START,
            ZoneOffset.UTC, "");

    @Test
    void theSameSeedGeneratesTheSameHistory() {
        HistoryScript one = SyntheticHistory.generate(SETTINGS);
        HistoryScript two = SyntheticHistory.generate(SETTINGS);
        assertThat(two.commands()).isEqualTo(one.commands());
        HistoryScript other = SyntheticHistory.generate(new SeedSettings(800, 14, 5, SeedSettings.DEFAULT_START,
                ZoneOffset.UTC, ""));
        assertThat(other.commands()).isNotEqualTo(one.commands());
    }

    @Test
    void eachAggregateStartsWithItsCreationAndNeverGoesBackInTime() {
        Map<String, Instant> last = new HashMap<>();
        for (ScheduledCommand c : SyntheticHistory.generate(SETTINGS).commands()) {
            Instant previous = last.put(c.aggregateId(), c.at());
            if (previous == null) {
                assertThat(c.command()).isInstanceOfAny(RegisterCustomer.class, ReceiveContact.class);
            } else {
                assertThat(c.at()).as(c.toString()).isAfterOrEqualTo(previous);
            }
            assertThat(c.at()).isBefore(SETTINGS.end());
        }
    }

    @Test
    void theHistoryLooksLikeAContactCentre() {
        HistoryScript h = SyntheticHistory.generate(SETTINGS);
        double abandonRate = (double) h.abandoned() / h.contacts();
        assertThat(abandonRate).isBetween(0.02, 0.2);
        assertThat(h.complaints()).isPositive();
        assertThat(h.purchases()).isPositive();
        assertThat(h.commands()).filteredOn(c -> c.command() instanceof AbandonContact).hasSize(h.abandoned());
        assertThat(h.staffing()).containsKeys(io.servicebalance.contact.Channel.PHONE);
        assertThat(h.commands()).filteredOn(c -> c.command() instanceof RegisterCustomer).hasSize(800);
    }

    @Test
    void anAddedHistoryUsesItsOwnIds() {
        HistoryScript added = SyntheticHistory.generate(new SeedSettings(50, 3, 9, Instant.parse(
                "2026-05-04T00:00:00Z"), ZoneOffset.UTC, "s9-"));
        assertThat(added.commands()).allMatch(c -> c.aggregateId().startsWith("s9-"));
    }
}
