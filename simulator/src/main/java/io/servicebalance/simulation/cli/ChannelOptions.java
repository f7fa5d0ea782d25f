package io.servicebalance.simulation.cli;

import io.servicebalance.contact.Channel;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Parses per-channel options such as {@code PHONE=20s,CHAT=1m}, reporting every bad entry. */
final class ChannelOptions {

    private ChannelOptions() {
    }

    static <T> Map<Channel, T> parse(String option, Map<String, String> raw, Function<String, T> value,
                                     List<String> problems) {
        Map<Channel, T> result = new EnumMap<>(Channel.class);
        if (raw == null) {
            return result;
        }
        raw.forEach((key, text) -> {
            Channel channel;
            try {
                channel = Channel.valueOf(key.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(option + ": unknown channel '" + key + "' (one of " + Arrays.toString(Channel.values())
                        + ")");
                return;
            }
            try {
                result.put(channel, value.apply(text.trim()));
            } catch (IllegalArgumentException e) {
                problems.add(option + " " + channel + ": " + e.getMessage());
            }
        });
        return result;
    }

    /** Seconds from {@code 20}, {@code 20s}, {@code 5m}, {@code 24h} or {@code 1.5h}. */
    static double seconds(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        double unit = 1;
        if (t.endsWith("ms")) {
            throw new IllegalArgumentException("'" + text + "': give seconds (s), minutes (m) or hours (h)");
        } else if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            unit = 60;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("h")) {
            unit = 3600;
            t = t.substring(0, t.length() - 1);
        }
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 20s, 5m or 24h");
        }
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("'" + text + "' must be a finite duration >= 0");
        }
        return value * unit;
    }

    static double positiveSeconds(String text) {
        double s = seconds(text);
        if (s <= 0) {
            throw new IllegalArgumentException("'" + text + "' must be longer than zero");
        }
        return s;
    }
}
