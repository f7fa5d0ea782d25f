package io.servicebalance.simulation.demand;

import io.servicebalance.contact.Channel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How demand differs from the recorded history (docs/planning.md, {@code demand}).
 *
 * @param volume      contacts x factor per channel, by resampling recorded days of the same day of the week
 * @param handleTime  handle times x factor per channel
 * @param moves       shares of one channel's contacts moved to another
 * @param horizon     plan a future span built from recorded days instead of the window itself (may be null)
 */
public record DemandChange(Map<Channel, Double> volume, Map<Channel, Double> handleTime, List<Move> moves,
                           Horizon horizon) {

    /** A share of the contacts of {@code from} arrive on {@code to} instead. */
    public record Move(Channel from, Channel to, double share) {
        public Move {
            if (from == null || to == null || from == to || !(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("a move needs two different channels and a share in [0, 1]");
            }
        }
    }

    /** {@code days} days starting where the window ends, with every channel's volume x (1 + growth). */
    public record Horizon(int days, double growth) {
        public Horizon {
            if (days < 1 || !(growth > -1) || Double.isInfinite(growth)) {
                throw new IllegalArgumentException("a horizon needs at least one day and a growth above -1");
            }
        }
    }

    public DemandChange {
        volume = copy(volume);
        handleTime = copy(handleTime);
        moves = moves == null ? List.of() : List.copyOf(moves);
        volume.values().forEach(DemandChange::requireFactor);
        handleTime.values().forEach(DemandChange::requireFactor);
    }

    public static DemandChange none() {
        return new DemandChange(null, null, null, null);
    }

    public boolean isNone() {
        return volume.isEmpty() && handleTime.isEmpty() && moves.isEmpty() && horizon == null;
    }

    /** Volume factor of a channel, the horizon's growth included. */
    double volumeFactor(Channel channel) {
        return volume.getOrDefault(channel, 1.0) * (horizon == null ? 1 : 1 + horizon.growth());
    }

    private static Map<Channel, Double> copy(Map<Channel, Double> m) {
        return m == null || m.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(m));
    }

    private static void requireFactor(Double factor) {
        if (factor == null || !(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("demand factors must be finite numbers >= 0");
        }
    }
}
