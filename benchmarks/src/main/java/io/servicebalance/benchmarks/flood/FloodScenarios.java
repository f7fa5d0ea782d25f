package io.servicebalance.benchmarks.flood;

import java.time.Instant;

/** The scenarios of the planner flood: the oversized one and the largest the default limits accept. */
final class FloodScenarios {

    private static final String TEN_SCALES = "[0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4]";
    private static final String TEN_TARGETS = "[5, 10, 15, 20, 25, 30, 35, 40, 45, 50]";

    private FloodScenarios() {
    }

    /** 4 channels x 10 scales, 3 priorities, 2 tier-target axes x 10, 1,000 replications: 3,000,000 policies. */
    static String oversized(Instant from, Instant to) {
        return """
                {"name": "flood", "replications": 1000, "historical": {"source": "seeded"}, %s,
                 "grid": {"agents": {"PHONE": {"scale": %s}, "CHAT": {"scale": %s}, "EMAIL": {"scale": %s},
                                     "SOCIAL": {"scale": %s}},
                          "priority": ["FIFO", "TIER_STRICT", "TIER_AGING"],
                          "tierTargetSeconds": {"PREMIUM": {"PHONE": %s}, "CARE": {"PHONE": %s}}},
                 "costs": {"agentPerHour": {"PHONE": 32, "CHAT": 30, "EMAIL": 28, "SOCIAL": 30}}}"""
                .formatted(window(from, to), TEN_SCALES, TEN_SCALES, TEN_SCALES, TEN_SCALES, TEN_TARGETS, TEN_TARGETS);
    }

    /** 10 x 10 x 2 = 200 policies x 990 replications: 198,990 steps, just inside the default 200,000. */
    static String atTheLimit(Instant from, Instant to) {
        return """
                {"name": "at the limit", "replications": 990, "historical": {"source": "seeded"}, %s,
                 "grid": {"agents": {"PHONE": {"scale": %s}, "CHAT": {"scale": %s}},
                          "priority": ["FIFO", "TIER_STRICT"]},
                 "costs": {"agentPerHour": {"PHONE": 32, "CHAT": 30, "EMAIL": 28, "SOCIAL": 30}}}"""
                .formatted(window(from, to), TEN_SCALES, TEN_SCALES);
    }

    /** One policy, two replications: a plan that finishes in moments. */
    static String small(Instant from, Instant to) {
        return """
                {"name": "small", "replications": 2, "historical": {"source": "seeded"}, %s,
                 "grid": {"priority": ["FIFO"]}, "costs": {"agentPerHour": {"PHONE": 32}}}""".formatted(window(from,
                to));
    }

    private static String window(Instant from, Instant to) {
        return "\"window\": {\"from\": \"" + from + "\", \"to\": \"" + to + "\"}";
    }
}
