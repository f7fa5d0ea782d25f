package io.servicebalance.timeline;

import io.servicebalance.browser.BrowserPage;
import io.servicebalance.web.Problems.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Account managers' pages over the same reads as the API: their customers with search, and a customer's KPIs and
 * timeline with filters, pages fetched as the reader scrolls (keyset cursor), asOf, and new entries as they arrive.
 */
@Controller
@BrowserPage
@RequestMapping("/ui/customers")
class CustomerPages {

    /** Customers per page of the list, and timeline entries per page fetched as the reader scrolls. */
    static final int CUSTOMERS = 50;
    static final int ENTRIES = 100;
    private final TimelineReads reads;
    private final KpiReads kpis;
    private final Generations generations;
    private final TimelineStream stream;
    private final Clock clock;

    CustomerPages(TimelineReads reads, KpiReads kpis, Generations generations, TimelineStream stream, Clock clock) {
        this.reads = reads;
        this.kpis = kpis;
        this.generations = generations;
        this.stream = stream;
        this.clock = clock;
    }

    @GetMapping
    String customers(@RequestParam(required = false) String q, @RequestParam(required = false) String after,
                     Authentication who, Model model) {
        List<TimelineReads.DirectoryRow> rows = reads.search(generations.active(), q, null,
                CustomerAccess.managerFilter(who, null), after == null || after.isBlank() ? null : after, CUSTOMERS + 1);
        model.addAttribute("q", q);
        model.addAttribute("customers", rows.subList(0, Math.min(CUSTOMERS, rows.size())));
        model.addAttribute("after", rows.size() > CUSTOMERS ? rows.get(CUSTOMERS - 1).customerId() : null);
        return "customers/list";
    }

    @GetMapping("/{id}")
    String customer(@PathVariable String id, TimelineFilters filters, Authentication who, Model model,
                    HttpServletResponse response) {
        return readable(id, who, model, response, customer -> {
            List<FieldError> errors = new ArrayList<>();
            TimelineQuery query = filters.query(null, ENTRIES, errors);
            model.addAttribute("filters", filters);
            model.addAttribute("channels", List.of("PHONE", "CHAT", "EMAIL", "SOCIAL"));
            model.addAttribute("types", TimelineQuery.TYPES.stream().sorted().toList());
            model.addAttribute("moreUrl", filters.appendTo("/ui/customers/" + id + "/entries"));
            model.addAttribute("streamUrl", "/ui/customers/" + id + "/stream");
            model.addAttribute("errors", errors);
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return "customers/customer";
            }
            int generation = generations.active();
            String[] person = query.asOf() == null ? new String[] {customer.name(), customer.email()}
                    : kpis.person(generation, id, query.asOf()).orElse(new String[2]);
            model.addAttribute("name", person[0]);
            model.addAttribute("email", person[1]);
            model.addAttribute("kpis", kpis.kpis(generation, id, query.asOf(), clock.instant()));
            model.addAttribute("page", reads.page(generation, id, query));
            return "customers/customer";
        });
    }

    @GetMapping("/{id}/entries")
    String entries(@PathVariable String id, TimelineFilters filters, @RequestParam(required = false) String cursor,
                   Authentication who, Model model, HttpServletResponse response) {
        return readable(id, who, model, response, customer -> {
            List<FieldError> errors = new ArrayList<>();
            TimelineQuery query = filters.query(cursor, ENTRIES, errors);
            int generation = generations.active();
            if (query.after() != null && query.after().generation() != generation) {
                errors.add(new FieldError("cursor", "has expired: the timeline was rebuilt since; reload the page"));
            }
            if (!errors.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("errors", errors);
                return "customers/entries :: problems";
            }
            model.addAttribute("page", reads.page(generation, id, query));
            return "customers/entries :: page";
        });
    }

    @GetMapping(path = "/{id}/stream", produces = "text/event-stream")
    Object live(@PathVariable String id, Authentication who) {
        TimelineReads.DirectoryRow customer = reads.customer(generations.active(), id).orElse(null);
        if (customer == null || !CustomerAccess.mayRead(who, customer)) {
            return ResponseEntity.status(customer == null ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN).build();
        }
        return stream.subscribe(id, who);
    }

    private String readable(String id, Authentication who, Model model, HttpServletResponse response,
                            Function<TimelineReads.DirectoryRow, String> page) {
        TimelineReads.DirectoryRow customer = reads.customer(generations.active(), id).orElse(null);
        model.addAttribute("id", id);
        if (customer == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("unknown", true);
            return "customers/refused";
        }
        if (!CustomerAccess.mayRead(who, customer)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("unknown", false);
            return "customers/refused";
        }
        model.addAttribute("customer", customer);
        return page.apply(customer);
    }
}
