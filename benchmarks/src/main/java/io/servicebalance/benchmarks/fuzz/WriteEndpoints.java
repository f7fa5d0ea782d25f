package io.servicebalance.benchmarks.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Every write endpoint with a valid body: field name to raw JSON value. {@code {customer}} and {@code {contact}} in a
 * path stand for a record id chosen per request.
 */
final class WriteEndpoints {

    /** One endpoint: its path and a valid body for a random source. */
    record Endpoint(String path, Function<Random, Map<String, String>> body) {
    }

    private WriteEndpoints() {
    }

    static List<Endpoint> all(List<String> customers) {
        return List.of(
                new Endpoint("/api/customers", r -> body("name", text("Fuzz " + r.nextInt(1000)),
                        "email", text("fuzz" + r.nextInt(1000) + "@example.com"), "tier", text(tier(r)))),
                new Endpoint("/api/customers/{customer}/purchases", r -> body("amount", r.nextInt(500) + ".25",
                        "currency", text("EUR"), "description", text("fuzz"))),
                new Endpoint("/api/customers/{customer}/tier", r -> body("tier", text(tier(r)), "reason",
                        text("fuzz"))),
                new Endpoint("/api/customers/{customer}/account-manager", r -> body("managerId",
                        text(r.nextBoolean() ? "manager1" : "manager2"))),
                new Endpoint("/api/customers/{customer}/contact-details", r -> body("name", text("Fuzz Renamed"),
                        "email", text("renamed@example.com"), "phone", text("+1 555 0100"))),
                new Endpoint("/api/customers/{customer}/churn", r -> body("reason", text("fuzz"))),
                new Endpoint("/api/customers/{customer}/win-back", r -> body()),
                new Endpoint("/api/contacts", r -> body("customerId", text(customers.get(r.nextInt(customers.size()))),
                        "channel", text(List.of("PHONE", "CHAT", "EMAIL", "SOCIAL").get(r.nextInt(4))),
                        "type", text(r.nextBoolean() ? "COMPLAINT" : "INQUIRY"), "subject", text("fuzz"))),
                new Endpoint("/api/contacts/{contact}/answer", r -> body("agentId", text("agent-" + r.nextInt(9)))),
                new Endpoint("/api/contacts/{contact}/abandon", r -> body()),
                new Endpoint("/api/contacts/{contact}/escalate", r -> body("reason", text("fuzz"))),
                new Endpoint("/api/contacts/{contact}/resolve", r -> body("handleSeconds", "" + r.nextInt(900),
                        "firstContactResolution", "" + r.nextBoolean())),
                new Endpoint("/api/contacts/{contact}/reopen", r -> body("reason", text("fuzz"))),
                new Endpoint("/api/contacts/{contact}/close", r -> body()),
                new Endpoint("/api/contacts/{contact}/rating", r -> body("score", "" + (1 + r.nextInt(5)), "comment",
                        text("fine"))),
                new Endpoint("/api/contacts/{contact}/complaint/acknowledge", r -> body()),
                new Endpoint("/api/contacts/{contact}/complaint/investigation", r -> body("findings", text("fuzz"))),
                new Endpoint("/api/contacts/{contact}/complaint/remedy-proposal", r -> body("remedy", text("refund"))),
                new Endpoint("/api/contacts/{contact}/complaint/remedy-implementation", r -> body()),
                new Endpoint("/api/contacts/{contact}/complaint/archive", r -> body("customerFeedback",
                        text("fair"))));
    }

    private static String tier(Random r) {
        return List.of("PREMIUM", "STANDARD", "BASIC", "CARE").get(r.nextInt(4));
    }

    static String text(String value) {
        return "\"" + value + "\"";
    }

    private static Map<String, String> body(String... pairs) {
        Map<String, String> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put(pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
