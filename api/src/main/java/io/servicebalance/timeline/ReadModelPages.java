package io.servicebalance.timeline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.servicebalance.browser.BrowserPage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's page for the customer read model: its status and lag, and a rebuild followed as it progresses. */
@Controller
@BrowserPage
@RequestMapping("/ui/admin")
class ReadModelPages {

    private final TimelineRebuild rebuild;
    private final Generations generations;
    private final MeterRegistry meters;

    ReadModelPages(TimelineRebuild rebuild, Generations generations, MeterRegistry meters) {
        this.rebuild = rebuild;
        this.generations = generations;
        this.meters = meters;
    }

    @GetMapping
    String admin(Model model) {
        model.addAttribute("name", Generations.NAME);
        model.addAttribute("status", status());
        return "admin/admin";
    }

    @PostMapping("/rebuild")
    String start(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", rebuild.start().isPresent() ? "The rebuild has started."
                : "A rebuild is already running.");
        return "redirect:/ui/admin";
    }

    @GetMapping(path = "/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> status() {
        TimelineRebuild.Status s = rebuild.status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("activeGeneration", generations.active());
        body.put("lagEvents", lag());
        body.put("state", s.state());
        body.put("generation", s.generation());
        body.put("processed", s.processed());
        body.put("total", s.total());
        body.put("progress", s.total() == 0 ? (s.state().equals("DONE") ? 1.0 : 0.0)
                : Math.min(1.0, (double) s.processed() / s.total()));
        body.put("eventsPerSecond", Math.round(s.eventsPerSecond()));
        body.put("startedAt", s.startedAt());
        body.put("finishedAt", s.finishedAt());
        body.put("error", s.error());
        return body;
    }

    /** Events stored but not yet in the read model, as the Prometheus gauge reports it. */
    private Long lag() {
        Gauge gauge = meters.find("servicebalance.processor.lag").tag("processor", Generations.NAME).gauge();
        return gauge == null ? null : Math.round(gauge.value());
    }
}
