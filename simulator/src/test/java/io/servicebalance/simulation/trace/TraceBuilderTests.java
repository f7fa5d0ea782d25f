package io.servicebalance.simulation.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TraceBuilderTests {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void ordersByArrivalKeepingTiesInTheirOrderAndKeepsEveryField() {
        List<TraceContact> contacts = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 5_000; i++) {
            Instant at = T0.plusMillis(random.nextInt(0, 600_000)).plusNanos(random.nextInt(3));
            Patience p = switch (i % 3) {
                case 0 -> Patience.unknown();
                case 1 -> Patience.exactly(i / 7.0);
                default -> Patience.atLeast(i / 3.0);
            };
            contacts.add(new TraceContact("c" + i, "u" + (i % 97), ServiceTier.values()[i % 4],
                    Channel.values()[i % 3], at, i / 10.0, p, i % 5 == 0 ? null : (double) i));
        }
        Trace trace = Trace.of(contacts);
        List<TraceContact> expected = new ArrayList<>(contacts);
        expected.sort((a, b) -> a.arrival().compareTo(b.arrival()));
        assertThat(trace.origin()).isEqualTo(expected.get(0).arrival());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(trace.contact(i)).isEqualTo(expected.get(i));
        }
        assertThat(trace.customerCount()).isEqualTo(97);
        assertThat(trace.customerId(0)).isSameAs(trace.customerId(findSameCustomer(trace, 0)));
    }

    private static int findSameCustomer(Trace trace, int of) {
        for (int i = trace.size() - 1; i > of; i--) {
            if (trace.customerIndex(i) == trace.customerIndex(of)) {
                return i;
            }
        }
        return of;
    }

    @Test
    void aPlanTraceWithPatienceAndValuesHoldsUnderOneHundredBytesPerContact() {
        List<TraceContact> contacts = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            contacts.add(new TraceContact(String.format("ct-%07d", i), "customer-" + (i % 20_000),
                    ServiceTier.STANDARD, i % 2 == 0 ? Channel.PHONE : Channel.CHAT, T0.plusSeconds(i), 180,
                    Patience.atLeast(12), 1500.0));
        }
        Trace trace = Trace.of(contacts);
        assertThat(trace.footprintBytes() / (double) trace.size()).isBetween(50.0, 100.0);
        Trace unknownPatience = Trace.of(contacts.stream().map(c -> new TraceContact(c.contactId(), c.customerId(),
                c.tier(), c.channel(), c.arrival(), c.handleSeconds(), Patience.unknown(), null)).toList());
        assertThat(unknownPatience.footprintBytes()).isLessThan(trace.footprintBytes() - 17L * trace.size());
        assertThat(unknownPatience.patienceSeconds(3)).isNaN();
        assertThat(unknownPatience.customerValue(3)).isNaN();
    }

    @Test
    void aSingleChannelLendsItsColumnsAndSeveralChannelsGetCopies() {
        Trace one = Trace.of(List.of(contact("a", Channel.PHONE, 0), contact("b", Channel.PHONE, 5)));
        int[] all = one.indicesByChannel().get(Channel.PHONE);
        assertThat(one.arrivals(all)).isSameAs(one.arrivals(all));
        Trace two = Trace.of(List.of(contact("a", Channel.PHONE, 0), contact("b", Channel.CHAT, 5)));
        int[] chat = two.indicesByChannel().get(Channel.CHAT);
        assertThat(two.arrivals(chat)).containsExactly(5.0);
        assertThat(two.handles(chat)).containsExactly(60.0);
    }

    @Test
    void refusesAnEmptyTraceAndArrivalsCenturiesApart() {
        assertThatThrownBy(() -> new TraceBuilder(0).build()).hasMessage("the trace has no contacts");
        TraceBuilder builder = new TraceBuilder(2).add(contact("a", Channel.PHONE, 0));
        TraceContact far = new TraceContact("b", "u", ServiceTier.BASIC, Channel.PHONE,
                Instant.parse("2400-01-01T00:00:00Z"), 1, Patience.unknown(), null);
        assertThatThrownBy(() -> builder.add(far)).hasMessage("arrivals more than 292 years apart");
    }

    private static TraceContact contact(String id, Channel channel, long second) {
        return new TraceContact(id, "u-" + id, ServiceTier.BASIC, channel, T0.plusSeconds(second), 60,
                Patience.unknown(), null);
    }
}
