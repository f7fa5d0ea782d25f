package io.servicebalance.simulation.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicebalance.browser.BrowserPage;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.chart.ChartName;
import io.servicebalance.simulation.chart.PlanCharts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The planner's pages over the same service and tables as the REST API: the scenario form, a run's progress and
 * results, its files, the list of past runs and two runs side by side.
 */
@Controller
@BrowserPage
@RequestMapping("/ui/planner")
class PlannerPages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SimulationService service;
    private final SimulationRuns runs;

    PlannerPages(SimulationService service, SimulationRuns runs) {
        this.service = service;
        this.runs = runs;
    }

    @GetMapping
    String planner(Model model) {
        return form(model, ScenarioForm.defaultScenario(), List.of());
    }

    @PostMapping("/runs")
    String run(@RequestParam(defaultValue = "") String scenario, HttpServletRequest request,
               HttpServletResponse response, Model model) {
        try {
            String merged = ScenarioForm.merge(scenario, request.getParameterMap());
            try {
                return "redirect:/ui/planner/runs/" + service.submit(merged);
            } catch (SimulationException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return form(model, merged, e.problems());
            } catch (QueueFull e) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                return form(model, merged, List.of(e.getMessage()));
            }
        } catch (SimulationException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, scenario, e.problems());
        }
    }

    private String form(Model model, String scenario, List<String> problems) {
        model.addAttribute("sections", ScenarioForm.SECTIONS);
        model.addAttribute("values", ScenarioForm.values(scenario));
        model.addAttribute("scenario", scenario);
        model.addAttribute("problems", problems);
        model.addAttribute("runs", runs.recent(50));
        return "planner/planner";
    }

    @GetMapping("/runs/{id}")
    String result(@PathVariable UUID id, Model model, HttpServletResponse response) throws IOException {
        SimulationRuns.Run run = runs.find(id).orElse(null);
        if (run == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("id", id);
            return "planner/unknown";
        }
        model.addAttribute("run", run);
        model.addAttribute("progress", progress(run));
        if (run.report() != null) {
            model.addAttribute("view", RunView.of(JSON.readTree(run.report())));
            model.addAttribute("charts", charts(id));
            model.addAttribute("staffing", runs.artifact(id, "staffing.csv").isPresent());
            model.addAttribute("others", runs.recent(50).stream()
                    .filter(r -> !r.id().equals(id) && r.status().equals("SUCCEEDED")).toList());
        }
        return "planner/run";
    }

    @GetMapping(path = "/runs/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> status(@PathVariable UUID id) {
        return runs.find(id).map(run -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", run.status());
            body.put("progress", progress(run));
            body.put("error", run.error());
            return ResponseEntity.ok(body);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/runs/{id}/{file:results\\.csv|staffing\\.csv|report\\.md|report\\.json}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable String file) {
        if (file.equals("report.json")) {
            return runs.find(id).filter(r -> r.report() != null).map(r -> attachment(file, "application/json",
                    r.report().getBytes(StandardCharsets.UTF_8))).orElseGet(() -> ResponseEntity.notFound().build());
        }
        return runs.artifact(id, file).map(a -> attachment(file, a.mediaType(), a.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/runs/{id}/charts/{file:[a-z-]+\\.(?:png|svg)}")
    ResponseEntity<byte[]> chart(@PathVariable UUID id, @PathVariable String file) {
        return runs.artifact(id, file).map(a -> ResponseEntity.ok().contentType(MediaType.parseMediaType(
                a.mediaType())).body(a.content())).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/compare")
    String compare(@RequestParam(name = "run", required = false) List<UUID> ids, Model model,
                   HttpServletResponse response) throws IOException {
        List<SimulationRuns.Run> found = ids == null ? List.of() : ids.stream().distinct()
                .map(i -> runs.find(i).orElse(null)).filter(r -> r != null && r.report() != null).toList();
        if (found.size() != 2) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "Choose two finished runs to compare.");
            return "planner/compare";
        }
        model.addAttribute("left", found.get(0));
        model.addAttribute("right", found.get(1));
        model.addAttribute("a", RunView.of(JSON.readTree(found.get(0).report())));
        model.addAttribute("b", RunView.of(JSON.readTree(found.get(1).report())));
        model.addAttribute("leftChart", InlineSvg.of(runs.artifact(found.get(0).id(), "cost-vs-service-level.svg")
                .map(SimulationRuns.Artifact::content).orElse(null)));
        model.addAttribute("rightChart", InlineSvg.of(runs.artifact(found.get(1).id(), "cost-vs-service-level.svg")
                .map(SimulationRuns.Artifact::content).orElse(null)));
        return "planner/compare";
    }

    private Map<String, String> charts(UUID id) {
        Map<String, String> charts = new LinkedHashMap<>();
        Arrays.stream(ChartName.values()).forEach(c -> charts.put(c.fileName(), InlineSvg.of(runs.artifact(id,
                c.fileName() + ".svg").map(SimulationRuns.Artifact::content).orElse(null))));
        runs.artifact(id, PlanCharts.STAFFING + ".svg").ifPresent(a -> charts.put(PlanCharts.STAFFING,
                InlineSvg.of(a.content())));
        return charts;
    }

    private static double progress(SimulationRuns.Run run) {
        return run.status().equals("SUCCEEDED") ? 1 : run.total() == 0 ? 0 : (double) run.done() / run.total();
    }

    private static ResponseEntity<byte[]> attachment(String name, String type, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(content);
    }
}
