package io.servicebalance.simulation.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.trace.Patience;
import io.servicebalance.simulation.trace.Trace;
import io.servicebalance.simulation.trace.TraceContact;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Four weeks of hand-laid traffic: every day, PHONE contacts every 10 minutes from 09:00 to 17:00 (48 a day, handle
 * 300 s) and CHAT contacts every 30 minutes (16 a day, handle 600 s).
 */
class DemandTransformTests {

    static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant END = MONDAY.plusSeconds(28 * 86_400);

    static Trace recorded() {
        List<TraceContact> contacts = new ArrayList<>();
        for (int day = 0; day < 28; day++) {
            for (int minute = 9 * 60; minute < 17 * 60; minute += 10) {
                Instant at = MONDAY.plusSeconds(day * 86_400L + minute * 60L);
                contacts.add(new TraceContact("p" + day + "-" + minute, "u" + minute, ServiceTier.STANDARD,
                        Channel.PHONE, at, 300, Patience.exactly(100), null));
                if (minute % 30 == 0) {
                    contacts.add(new TraceContact("c" + day + "-" + minute, "u" + minute, ServiceTier.BASIC,
                            Channel.CHAT, at, 600, Patience.atLeast(5), null));
                }
            }
        }
        return Trace.of(contacts);
    }

    static DemandTransform.Result apply(DemandChange change, long seed) {
        return DemandTransform.apply(recorded(), MONDAY, END, ZoneOffset.UTC, change, seed);
    }

    @Test
    void volumeTimesAFactorResamplesWholeDaysAndKeepsTheirShape() {
        Trace more = apply(new DemandChange(Map.of(Channel.PHONE, 1.5), null, null, null), 1).trace();

        long phone = count(more, Channel.PHONE);
        assertThat(phone / (48.0 * 28)).isCloseTo(1.5, within(0.05));
        assertThat(count(more, Channel.CHAT)).isEqualTo(16 * 28);
        for (int i = 0; i < more.size(); i++) {
            int hour = more.origin().plusSeconds((long) more.arrival(i)).atZone(ZoneOffset.UTC).getHour();
            assertThat(hour).isBetween(9, 16);
        }
        Trace fewer = apply(new DemandChange(Map.of(Channel.PHONE, 0.5), null, null, null), 1).trace();
        assertThat(count(fewer, Channel.PHONE) / (48.0 * 28)).isCloseTo(0.5, within(0.05));
    }

    @Test
    void isTheSameForTheSameSeedAndDiffersForAnother() {
        DemandChange change = new DemandChange(Map.of(Channel.PHONE, 1.3), null,
                List.of(new DemandChange.Move(Channel.PHONE, Channel.CHAT, 0.2)), null);
        Trace a = apply(change, 7).trace();
        Trace b = apply(change, 7).trace();
        Trace c = apply(change, 8).trace();
        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(ids(a)).isEqualTo(ids(b)).isNotEqualTo(ids(c));
    }

    @Test
    void aMoveTakesAShareToTheOtherChannelWithItsHandleTimeAndUnknownPatience() {
        Trace moved = apply(new DemandChange(null, null,
                List.of(new DemandChange.Move(Channel.PHONE, Channel.CHAT, 0.25)), null), 3).trace();

        assertThat(count(moved, Channel.PHONE) / (48.0 * 28)).isCloseTo(0.75, within(0.04));
        int movedChats = 0;
        for (int i = 0; i < moved.size(); i++) {
            if (moved.channel(i) == Channel.CHAT && moved.contactId(i).startsWith("p")) {
                movedChats++;
                assertThat(moved.handleSeconds(i)).isEqualTo(600);
                assertThat(moved.patienceSeconds(i)).isNaN();
            }
        }
        assertThat(movedChats + count(moved, Channel.PHONE)).isEqualTo(48 * 28);
    }

    @Test
    void handleTimesAreMultiplied() {
        Trace longer = apply(new DemandChange(null, Map.of(Channel.CHAT, 1.2), null, null), 1).trace();
        for (int i = 0; i < longer.size(); i++) {
            assertThat(longer.handleSeconds(i)).isEqualTo(longer.channel(i) == Channel.CHAT ? 720 : 300);
        }
    }

    @Test
    void aHorizonPlansTheNextDaysFromRecordedDaysWithGrowth() {
        DemandTransform.Result quarter = apply(new DemandChange(null, null, null,
                new DemandChange.Horizon(91, 0.12)), 4);

        assertThat(quarter.from()).isEqualTo(END);
        assertThat(quarter.to()).isEqualTo(END.plusSeconds(91 * 86_400L));
        assertThat(count(quarter.trace(), Channel.PHONE) / (48.0 * 91)).isCloseTo(1.12, within(0.03));
        assertThat(quarter.trace().origin()).isAfterOrEqualTo(END);
    }

    private static long count(Trace trace, Channel channel) {
        int[] rows = trace.indicesByChannel().get(channel);
        return rows == null ? 0 : rows.length;
    }

    private static List<String> ids(Trace trace) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            ids.add(trace.contactId(i) + "@" + trace.arrival(i) + "/" + trace.channel(i));
        }
        return ids;
    }
}
