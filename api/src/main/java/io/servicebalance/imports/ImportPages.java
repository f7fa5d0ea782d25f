package io.servicebalance.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicebalance.browser.BrowserPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin's import page: the three files uploaded from a form, the import followed as it progresses, and the
 * list of problems (file, line, field) when the files are refused. Same service and rules as {@code /api/imports}.
 */
@Controller
@BrowserPage
@RequestMapping("/ui/admin/imports")
class ImportPages {

    private final ImportService service;
    private final ImportRuns runs;
    private final ObjectMapper json = new ObjectMapper();

    ImportPages(ImportService service, ImportRuns runs) {
        this.service = service;
        this.runs = runs;
    }

    @GetMapping
    String form() {
        return "admin/import";
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String submit(@RequestParam(required = false) MultipartFile customers,
                  @RequestParam(required = false) MultipartFile contacts,
                  @RequestParam(required = false) MultipartFile purchases,
                  Model model, HttpServletResponse response) throws IOException {
        List<RowProblem> missing = new ArrayList<>();
        requireFile(customers, "customers", missing);
        requireFile(contacts, "contacts", missing);
        if (!missing.isEmpty()) {
            return refused(model, response, missing, missing.size());
        }
        try {
            UUID id = service.submit(new ImportSources(ImportEndpoints.source(customers),
                    ImportEndpoints.source(contacts), chosen(purchases) ? ImportEndpoints.source(purchases) : null));
            return "redirect:/ui/admin/imports/" + id;
        } catch (ImportRejected e) {
            return refused(model, response, e.problems(), e.total());
        }
    }

    @GetMapping("/{id}")
    String run(@PathVariable UUID id, Model model, HttpServletResponse response) {
        ImportRuns.Run run = runs.find(id).orElse(null);
        if (run == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("unknown", id);
            return "admin/import";
        }
        model.addAttribute("run", json.convertValue(ImportJson.status(json, run), java.util.Map.class));
        return "admin/import";
    }

    @GetMapping(path = "/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> status(@PathVariable UUID id) {
        return runs.find(id).map(run -> ResponseEntity.ok(ImportJson.status(json, run)))
                .orElse(ResponseEntity.notFound().build());
    }

    private static String refused(Model model, HttpServletResponse response, List<RowProblem> problems, long total) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("problems", problems);
        model.addAttribute("total", total);
        return "admin/import";
    }

    private static void requireFile(MultipartFile file, String part, List<RowProblem> missing) {
        if (!chosen(file)) {
            missing.add(new RowProblem(part + ".csv", 0, null, "choose the " + part + " file"));
        }
    }

    /** A file input left empty still sends a part, with no file name and no content. */
    private static boolean chosen(MultipartFile file) {
        return file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
    }
}
