package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.customer.ServiceTier;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.Map;

/**
 * A priced replication as bytes and back, every double by its exact bits, so that figures computed in another
 * process give the same plan byte for byte.
 */
final class PricedBytes {

    private static final ServiceTier[] TIERS = ServiceTier.values();
    private static final Channel[] CHANNELS = Channel.values();

    private PricedBytes() {
    }

    static byte[] encode(PricedReplication p) {
        ByteBuffer b = ByteBuffer.allocate(8 * 13 + TIERS.length * 9 + CHANNELS.length * 49);
        for (double d : new double[] {p.staff(), p.perContact(), p.abandons(), p.slaPenalty(), p.churn(),
            p.baselineChurn(), p.serviceLevel(), p.abandonRate(), p.agents(), p.decidedServiceLevel(),
            p.decidedAbandonRate(), p.valueRetained(), p.offered()}) {
            b.putLong(Double.doubleToRawLongBits(d));
        }
        for (ServiceTier t : TIERS) {
            Double v = p.serviceLevelByTier().get(t);
            b.put((byte) (v == null ? 0 : 1)).putLong(Double.doubleToRawLongBits(v == null ? 0 : v));
        }
        for (Channel c : CHANNELS) {
            ChannelSample s = p.channels().get(c);
            b.put((byte) (s == null ? 0 : 1));
            for (double d : s == null ? new double[6] : new double[] {s.offered(), s.serviceLevel(), s.asaSeconds(),
                s.abandonRate(), s.occupancy(), s.serviceCost()}) {
                b.putLong(Double.doubleToRawLongBits(d));
            }
        }
        return b.array();
    }

    static PricedReplication decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        double[] d = new double[13];
        for (int i = 0; i < d.length; i++) {
            d[i] = Double.longBitsToDouble(b.getLong());
        }
        Map<ServiceTier, Double> tiers = new EnumMap<>(ServiceTier.class);
        for (ServiceTier t : TIERS) {
            boolean present = b.get() == 1;
            double v = Double.longBitsToDouble(b.getLong());
            if (present) {
                tiers.put(t, v);
            }
        }
        Map<Channel, ChannelSample> channels = new EnumMap<>(Channel.class);
        for (Channel c : CHANNELS) {
            boolean present = b.get() == 1;
            double[] s = new double[6];
            for (int i = 0; i < s.length; i++) {
                s[i] = Double.longBitsToDouble(b.getLong());
            }
            if (present) {
                channels.put(c, new ChannelSample(s[0], s[1], s[2], s[3], s[4], s[5]));
            }
        }
        return new PricedReplication(d[0], d[1], d[2], d[3], d[4], d[5], d[6], tiers, d[7], d[8], d[9], d[10],
                channels, d[11], d[12]);
    }
}
