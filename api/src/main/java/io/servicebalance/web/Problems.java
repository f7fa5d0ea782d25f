package io.servicebalance.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds the {@code application/problem+json} bodies every rejected request receives. A problem about input names
 * the offending fields in {@code errors} (and the first one in {@code field}); a problem about a business rule
 * names the rule in {@code rule}.
 */
public final class Problems {

    static final String TYPE_BASE = "https://servicebalance.io/problems/";

    private Problems() {
    }

    /** One field that was missing, malformed or out of range. */
    public record FieldError(String field, String message) {
    }

    public static ResponseEntity<Object> invalidInput(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(errors));
        problem.setType(URI.create(TYPE_BASE + "invalid-input"));
        problem.setTitle("Invalid input");
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).field());
        }
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return respond(problem);
    }

    public static ResponseEntity<Object> of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return respond(problem);
    }

    static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request is not valid");
    }
}
