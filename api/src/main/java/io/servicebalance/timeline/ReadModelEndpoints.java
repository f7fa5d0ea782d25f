package io.servicebalance.timeline;

import io.servicebalance.web.Problems;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations on read models (admins only): rebuild beside the live one, and follow its progress. */
@RestController
@RequestMapping("/api/admin/read-models")
class ReadModelEndpoints {

    private final TimelineRebuild rebuild;

    ReadModelEndpoints(TimelineRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/{name}/rebuild")
    ResponseEntity<Object> start(@PathVariable String name) {
        if (!name.equals(Generations.NAME)) {
            return unknown(name);
        }
        return rebuild.start().<ResponseEntity<Object>>map(s -> ResponseEntity.accepted()
                        .location(URI.create("/api/admin/read-models/" + name)).body(s))
                .orElseGet(() -> Problems.of(HttpStatus.CONFLICT, "rebuild-running", "Rebuild running",
                        "A rebuild of " + name + " is already running"));
    }

    @GetMapping("/{name}")
    ResponseEntity<Object> status(@PathVariable String name) {
        return name.equals(Generations.NAME) ? ResponseEntity.ok(rebuild.status()) : unknown(name);
    }

    private static ResponseEntity<Object> unknown(String name) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown-read-model", "Unknown read model",
                "There is no read model '" + name + "'; the one there is: " + Generations.NAME);
    }
}
