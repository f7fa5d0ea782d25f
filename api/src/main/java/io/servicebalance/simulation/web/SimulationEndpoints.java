package io.servicebalance.simulation.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicebalance.simulation.SimulationException;
import io.servicebalance.simulation.chart.ChartFormat;
import io.servicebalance.simulation.chart.ChartName;
import io.servicebalance.simulation.chart.PlanCharts;
import io.servicebalance.simulation.plan.PlanComparison;
import io.servicebalance.web.Problems;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Planners submit a scenario, poll its progress and fetch its results and charts. */
@RestController
@RequestMapping("/api/simulations")
class SimulationEndpoints {

    private final SimulationService service;
    private final SimulationRuns runs;
    private final ObjectMapper json = new ObjectMapper();

    SimulationEndpoints(SimulationService service, SimulationRuns runs) {
        this.service = service;
        this.runs = runs;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> submit(@RequestBody String scenario) {
        UUID id = service.submit(scenario);
        ObjectNode body = json.createObjectNode().put("id", id.toString()).put("status", "QUEUED");
        return ResponseEntity.accepted().location(URI.create("/api/simulations/" + id)).body(body);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Object> cancel(@PathVariable UUID id) {
        String status = service.cancel(id).orElse(null);
        if (status == null) {
            return unknown(id);
        }
        if (!status.equals("CANCELLED")) {
            return Problems.of(HttpStatus.CONFLICT, "simulation-finished", "Simulation finished",
                    "Simulation " + id + " has already " + status + "; only a queued or running simulation can be"
                            + " cancelled");
        }
        return ResponseEntity.ok(json.createObjectNode().put("id", id.toString()).put("status", status));
    }

    @ExceptionHandler(QueueFull.class)
    ResponseEntity<Object> queueFull(QueueFull e) {
        ResponseEntity<Object> problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "simulation-queue-full",
                "Simulation queue full", e.getMessage());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem.getBody());
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> status(@PathVariable UUID id) throws JsonProcessingException {
        SimulationRuns.Run run = runs.find(id).orElse(null);
        if (run == null) {
            return unknown(id);
        }
        ObjectNode body = json.createObjectNode().put("id", id.toString()).put("status", run.status())
                .put("progress", run.total() == 0 ? 0 : (double) run.done() / run.total())
                .put("stepsDone", run.done()).put("stepsTotal", run.total())
                .put("createdAt", run.createdAt().toInstant().toString());
        if (run.finishedAt() != null) {
            body.put("finishedAt", run.finishedAt().toInstant().toString());
        }
        if (run.error() != null) {
            body.put("error", run.error());
        }
        if (run.report() != null) {
            body.set("results", json.readTree(run.report()));
        }
        return ResponseEntity.ok(body);
    }

    /** Run {@code id} against run {@code baseline}: each figure of both, and the delta against the baseline. */
    @GetMapping("/{baseline}/compare/{id}")
    ResponseEntity<Object> compare(@PathVariable UUID baseline, @PathVariable UUID id) throws JsonProcessingException {
        for (UUID run : new UUID[] {baseline, id}) {
            SimulationRuns.Run found = runs.find(run).orElse(null);
            if (found == null) {
                return unknown(run);
            }
            if (!found.status().equals("SUCCEEDED")) {
                return Problems.of(HttpStatus.CONFLICT, "simulation-not-finished", "Simulation not finished",
                        "Simulation " + run + " is " + found.status() + "; runs compare once they have SUCCEEDED");
            }
        }
        return ResponseEntity.ok(PlanComparison.compare(baseline.toString(),
                json.readTree(runs.find(baseline).orElseThrow().report()), id.toString(),
                json.readTree(runs.find(id).orElseThrow().report())));
    }

    @GetMapping("/{id}/results.csv")
    ResponseEntity<Object> results(@PathVariable UUID id) {
        return artifact(id, "results.csv");
    }

    /** Staffing per interval of a plan that optimised it (issue 11); 404 when the scenario did not optimise. */
    @GetMapping("/{id}/staffing.csv")
    ResponseEntity<Object> staffing(@PathVariable UUID id) {
        return artifact(id, "staffing.csv");
    }

    @GetMapping("/{id}/charts/{file:.+}")
    ResponseEntity<Object> chart(@PathVariable UUID id, @PathVariable String file) {
        int dot = file.lastIndexOf('.');
        boolean known = dot > 0 && (ChartName.fromFileName(file.substring(0, dot)).isPresent()
                || PlanCharts.STAFFING.equals(file.substring(0, dot)))
                && ChartFormat.fromExtension(file.substring(dot + 1)).isPresent();
        if (!known) {
            return Problems.of(HttpStatus.NOT_FOUND, "unknown-chart", "Unknown chart", "There is no chart '" + file
                    + "'; charts are cost-vs-service-level, cost-vs-staffing, service-level-by-tier, frontier and"
                    + " (when staffing was optimised) staffing, as .png or .svg");
        }
        return artifact(id, file);
    }

    private ResponseEntity<Object> artifact(UUID id, String name) {
        SimulationRuns.Run run = runs.find(id).orElse(null);
        if (run == null) {
            return unknown(id);
        }
        if (!run.status().equals("SUCCEEDED")) {
            return Problems.of(HttpStatus.CONFLICT, "simulation-not-finished", "Simulation not finished",
                    "Simulation " + id + " is " + run.status() + "; results and charts exist once it has SUCCEEDED");
        }
        SimulationRuns.Artifact a = runs.artifact(id, name).orElse(null);
        if (a == null) {
            return Problems.of(HttpStatus.NOT_FOUND, "no-staffing", "No staffing per interval", "Simulation " + id
                    + " did not optimise staffing: " + name + " exists for scenarios with staffing.method"
                    + " \"optimise\"");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(a.mediaType())).body(a.content());
    }

    private static ResponseEntity<Object> unknown(UUID id) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown-simulation", "Unknown simulation",
                "There is no simulation " + id);
    }

    @ExceptionHandler(SimulationException.class)
    ResponseEntity<Object> invalidScenario(SimulationException e) {
        return Problems.invalidInput(e.problems().stream().map(ScenarioProblems::fieldError).toList());
    }
}
