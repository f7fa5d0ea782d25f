package io.servicebalance.timeline;

import io.servicebalance.web.Problems;
import io.servicebalance.web.Problems.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What account managers read: customer search, profile with KPIs, the timeline and its live stream. */
@RestController
@RequestMapping("/api/customers")
class CustomerReadEndpoints {

    private final TimelineReads reads;
    private final KpiReads kpis;
    private final Generations generations;
    private final TimelineStream stream;
    private final Clock clock;

    CustomerReadEndpoints(TimelineReads reads, KpiReads kpis, Generations generations, TimelineStream stream,
                          Clock clock) {
        this.reads = reads;
        this.kpis = kpis;
        this.generations = generations;
        this.stream = stream;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<Object> search(@RequestParam(required = false) String q, @RequestParam(required = false) String tier,
                                  @RequestParam(required = false) String manager,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) String limit, Authentication who) {
        List<FieldError> errors = new ArrayList<>();
        int size = TimelineQuery.limit(limit, errors);
        if (tier != null && !List.of("PREMIUM", "STANDARD", "BASIC", "CARE").contains(tier)) {
            errors.add(new FieldError("tier", "unknown tier '" + tier + "'"));
        }
        String afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                afterId = new String(java.util.Base64.getUrlDecoder().decode(cursor),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("cursor", "is not a cursor this API returned"));
            }
        }
        if (!errors.isEmpty()) {
            return Problems.invalidInput(errors);
        }
        if (!CustomerAccess.identified(who)) {
            return unidentified();
        }
        List<TimelineReads.DirectoryRow> rows = reads.search(generations.active(), q, tier,
                CustomerAccess.managerFilter(who, manager), afterId, size + 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customers", rows.subList(0, Math.min(size, rows.size())));
        body.put("nextCursor", rows.size() > size ? java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                rows.get(size - 1).customerId().getBytes(java.nio.charset.StandardCharsets.UTF_8)) : null);
        return ResponseEntity.ok(body);
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> customer(@PathVariable String id, @RequestParam(required = false) String asOf,
                                    Authentication who) {
        List<FieldError> errors = new ArrayList<>();
        java.time.Instant at = TimelineQuery.instant("asOf", asOf, errors);
        if (!errors.isEmpty()) {
            return Problems.invalidInput(errors);
        }
        return readable(id, who, customer -> {
            Map<String, Object> body = new LinkedHashMap<>();
            String[] person = at == null ? new String[] {customer.name(), customer.email()}
                    : kpis.person(generations.active(), id, at).orElse(new String[2]);
            body.put("id", customer.customerId());
            body.put("name", person[0]);
            body.put("email", person[1]);
            body.put("asOf", at);
            body.put("kpis", kpis.kpis(generations.active(), id, at, clock.instant()));
            return ResponseEntity.ok(body);
        });
    }

    @GetMapping("/{id}/timeline")
    ResponseEntity<Object> timeline(@PathVariable String id, @RequestParam(required = false) String types,
                                    @RequestParam(required = false) String channels,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String asOf,
                                    @RequestParam(required = false) String contact,
                                    @RequestParam(required = false) String cursor,
                                    @RequestParam(required = false) String limit, Authentication who) {
        List<FieldError> errors = new ArrayList<>();
        TimelineQuery query = TimelineQuery.parse(types, channels, from, to, asOf, contact, cursor, limit, errors);
        int generation = generations.active();
        if (query.after() != null && query.after().generation() != generation) {
            errors.add(new FieldError("cursor", "has expired: the timeline was rebuilt since; start from the first"
                    + " page"));
        }
        if (!errors.isEmpty()) {
            return Problems.invalidInput(errors);
        }
        return readable(id, who, customer -> ResponseEntity.ok(reads.page(generation, id, query)));
    }

    @GetMapping(path = "/{id}/timeline/stream", produces = "text/event-stream")
    Object live(@PathVariable String id, Authentication who) {
        return readable(id, who, customer -> ResponseEntity.ok(stream.subscribe(id, who)));
    }

    private <T> ResponseEntity<Object> readable(String id, Authentication who,
                                                java.util.function.Function<TimelineReads.DirectoryRow,
                                                        ResponseEntity<T>> then) {
        if (!CustomerAccess.identified(who)) {
            return unidentified();
        }
        TimelineReads.DirectoryRow customer = reads.customer(generations.active(), id).orElse(null);
        if (customer == null) {
            return Problems.of(HttpStatus.NOT_FOUND, "unknown-customer", "Unknown customer",
                    "There is no customer " + id);
        }
        if (!CustomerAccess.mayRead(who, customer)) {
            return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Customer " + id + " is not assigned to you");
        }
        @SuppressWarnings("unchecked")
        ResponseEntity<Object> answer = (ResponseEntity<Object>) then.apply(customer);
        return answer;
    }

    private static ResponseEntity<Object> unidentified() {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your credentials name no one (a JWT needs a sub claim), so no customer is assigned to you");
    }
}
