package io.servicebalance.imports;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of an import's summary (documented in docs/import.md). */
final class ImportJson {

    private ImportJson() {
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
