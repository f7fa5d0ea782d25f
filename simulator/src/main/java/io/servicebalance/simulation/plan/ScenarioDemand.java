package io.servicebalance.simulation.plan;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.demand.DemandChange;
import io.servicebalance.simulation.trace.Trace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A scenario's {@code demand} as the trace transformation it asks for, its expected size and what to tell about it. */
final class ScenarioDemand {

    private ScenarioDemand() {
    }

    static DemandChange change(Scenario s) {
        Scenario.Demand d = s.demand();
        if (d == null) {
            return DemandChange.none();
        }
        List<DemandChange.Move> moves = d.moves() == null ? List.of() : d.moves().stream().map(m ->
                new DemandChange.Move(Channel.valueOf(m.from()), Channel.valueOf(m.to()), m.share())).toList();
        DemandChange.Horizon horizon = d.horizon() == null ? null : new DemandChange.Horizon(d.horizon().days(),
                d.horizon().growth() == null ? 0 : d.horizon().growth());
        return new DemandChange(channels(d.volume()), channels(d.handleTime()), moves, horizon);
    }

    /** Contacts the transformed trace may hold, at most: the largest volume factor over the span planned. */
    static int expectedContacts(Scenario s, int recorded, Instant from, Instant to) {
        DemandChange change = change(s);
        double factor = change.volume().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        factor = Math.max(1, factor);
        if (change.horizon() != null) {
            double days = Math.max(1, Duration.between(from, to).toHours() / 24.0);
            factor *= (1 + change.horizon().growth()) * Math.max(1, change.horizon().days() / days);
        }
        double contacts = Math.ceil(recorded * factor);
        return contacts >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) contacts;
    }

    static List<String> warnings(Scenario s, Trace recorded, Trace planned) {
        List<String> warnings = new ArrayList<>();
        if (!change(s).isNone()) {
            warnings.add(String.format(Locale.ROOT, "demand what-ifs applied: %,d recorded contacts became %,d"
                    + " planned; the recorded figures of the faithfulness check are those of the transformed"
                    + " trace", recorded.size(), planned.size()));
        }
        return warnings;
    }

    private static Map<Channel, Double> channels(Map<String, Double> byName) {
        Map<Channel, Double> result = new EnumMap<>(Channel.class);
        if (byName != null) {
            byName.forEach((c, v) -> result.put(Channel.valueOf(c), v));
        }
        return result;
    }
}
