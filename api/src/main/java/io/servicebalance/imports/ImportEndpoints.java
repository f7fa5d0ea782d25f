package io.servicebalance.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicebalance.web.Problems;
import io.servicebalance.web.Problems.FieldError;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Administrators import a recorded history (multipart: customers, contacts, purchases) and poll its progress. */
@RestController
@RequestMapping("/api/imports")
class ImportEndpoints {

    private final ImportService service;
    private final ImportRuns runs;
    private final ObjectMapper json = new ObjectMapper();

    ImportEndpoints(ImportService service, ImportRuns runs) {
        this.service = service;
        this.runs = runs;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> submit(@RequestPart(name = "customers", required = false) MultipartFile customers,
                                  @RequestPart(name = "contacts", required = false) MultipartFile contacts,
                                  @RequestPart(name = "purchases", required = false) MultipartFile purchases)
            throws IOException {
        List<FieldError> missing = new ArrayList<>();
        if (customers == null) {
            missing.add(new FieldError("customers", "the customers part (customers.csv) is required"));
        }
        if (contacts == null) {
            missing.add(new FieldError("contacts", "the contacts part (contacts.csv) is required"));
        }
        if (!missing.isEmpty()) {
            return Problems.invalidInput(missing);
        }
        UUID id = service.submit(new ImportSources(source(customers), source(contacts),
                purchases == null ? null : source(purchases)));
        ObjectNode body = json.createObjectNode().put("id", id.toString()).put("status", "QUEUED").put("progress", 0);
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + id)).body(body);
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> status(@PathVariable UUID id) {
        ImportRuns.Run run = runs.find(id).orElse(null);
        if (run == null) {
            return Problems.of(HttpStatus.NOT_FOUND, "unknown-import", "Unknown import", "There is no import " + id);
        }
        return ResponseEntity.ok(ImportJson.status(json, run));
    }

    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<Object> rejected(ImportRejected e) {
        ResponseEntity<Object> answer = Problems.invalidInput(e.problems().stream().map(p -> new FieldError(
                p.field() == null ? p.file() : p.field(), p.message())).toList());
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        problem.setDetail(e.getMessage());
        problem.setProperty("errors", e.problems().stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("file", p.file());
            error.put("line", p.line());
            error.put("field", p.field());
            error.put("message", p.message());
            return error;
        }).toList());
        problem.setProperty("total", e.total());
        return answer;
    }

    /** The part as a source named by its file name (or by the part's name when the client sent none). */
    static ImportSource source(MultipartFile part) throws IOException {
        String name = part.getOriginalFilename() == null || part.getOriginalFilename().isBlank()
                ? part.getName() + ".csv" : part.getOriginalFilename();
        return new ImportSource(name, part.getBytes());
    }
}
