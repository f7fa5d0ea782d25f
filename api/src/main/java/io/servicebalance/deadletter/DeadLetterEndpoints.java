package io.servicebalance.deadletter;

import io.servicebalance.web.Problems;
import io.servicebalance.web.Problems.FieldError;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins list the dead letters of the event processors, retry a letter's sequence, or evict a letter. */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterEndpoints {

    static final int MAX_LIMIT = 500;
    private final DeadLetters letters;

    DeadLetterEndpoints(DeadLetters letters) {
        this.letters = letters;
    }

    @GetMapping
    ResponseEntity<Object> list(@RequestParam(required = false) String processor,
                                @RequestParam(defaultValue = "50") int limit) {
        Map<String, Long> waiting = letters.waiting();
        if (processor != null && !waiting.containsKey(processor)) {
            return Problems.invalidInput(List.of(new FieldError("processor", "unknown processor '" + processor
                    + "'; processors: " + String.join(", ", waiting.keySet()))));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return Problems.invalidInput(List.of(new FieldError("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("waiting", waiting);
        body.put("letters", letters.list(processor, limit));
        return ResponseEntity.ok(body);
    }

    @PostMapping("/{id}/retry")
    ResponseEntity<Object> retry(@PathVariable String id) {
        return letters.retry(id).<ResponseEntity<Object>>map(remaining -> ResponseEntity.ok(Map.of("id", id,
                        "processed", remaining == 0, "remainingInSequence", remaining)))
                .orElseGet(() -> unknown(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Object> evict(@PathVariable String id) {
        return letters.evict(id) ? ResponseEntity.noContent().build() : unknown(id);
    }

    private static ResponseEntity<Object> unknown(String id) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown-dead-letter", "Unknown dead letter",
                "There is no dead letter " + id);
    }
}
