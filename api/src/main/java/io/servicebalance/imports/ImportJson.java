package io.servicebalance.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of an import's state and summary (documented in docs/import.md). */
final class ImportJson {

    private ImportJson() {
    }

    /** An import's state as {@code GET /api/imports/{id}} and the admin page's poll answer it. */
    static ObjectNode status(ObjectMapper json, ImportRuns.Run run) {
        ObjectNode body = json.createObjectNode().put("id", run.id().toString()).put("status", run.status())
                .put("progress", run.status().equals("SUCCEEDED") ? 1.0
                        : run.total() == 0 ? 0 : (double) run.done() / run.total())
                .put("createdAt", run.createdAt().toString());
        if (run.finishedAt() != null) {
            body.put("finishedAt", run.finishedAt().toString());
        }
        if (run.node() != null) {
            body.put("node", run.node());
        }
        if (run.attempts() > 1) {
            body.put("attempts", run.attempts());
        }
        if (run.error() != null) {
            body.put("error", run.error());
        }
        if (run.summary() != null) {
            try {
                body.set("summary", json.readTree(run.summary()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }

    static Map<String, Object> summary(ImportSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", s.rows());
        m.put("customerRows", s.customerRows());
        m.put("contactRows", s.contactRows());
        m.put("purchaseRows", s.purchaseRows());
        m.put("eventsAppended", s.append().eventsAppended());
        m.put("aggregatesCreated", s.append().created());
        m.put("aggregatesContinued", s.append().continued());
        m.put("aggregatesAlreadyStored", s.append().unchanged());
        m.put("seconds", s.append().seconds());
        m.put("eventsPerSecond", s.append().eventsPerSecond());
        m.put("message", s.describe());
        return m;
    }
}
