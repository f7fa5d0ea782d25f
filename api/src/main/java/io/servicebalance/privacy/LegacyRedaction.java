package io.servicebalance.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicebalance.customer.PersonalData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Events stored before personal data was encrypted (revision 1) hold it in clear; no key can shred it. Erasing such
 * a customer overwrites exactly those fields of exactly those events with the placeholder: the one case where an
 * erasure changes stored bytes. Revision-2 events are never touched.
 */
@Component
class LegacyRedaction {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final Map<String, List<String>> fields;

    LegacyRedaction(JdbcTemplate jdbc, PersonalDataUpcaster upcaster) {
        this.jdbc = jdbc;
        this.fields = upcaster.fields();
    }

    /** Redacts the customer's revision-1 events; returns how many were changed. */
    int redact(String customerId) {
        List<Object[]> changed = jdbc.query("SELECT global_index, payload_type, payload FROM domain_event_entry"
                        + " WHERE payload_revision = ? AND payload_type = ANY (?)"
                        + " AND convert_from(payload, 'UTF8')::jsonb ->> 'customerId' = ?",
                (rs, n) -> new Object[] {redacted(rs.getString(2), rs.getBytes(3)), rs.getLong(1)},
                PersonalDataUpcaster.FROM, fields.keySet().toArray(String[]::new), customerId);
        jdbc.batchUpdate("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", changed);
        return changed.size();
    }

    private byte[] redacted(String type, byte[] payload) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(payload);
            for (String field : fields.get(type)) {
                JsonNode value = event.get(field);
                if (value != null && value.isTextual()) {
                    event.put(field, PersonalData.ERASED);
                }
            }
            return JSON.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException("a revision-1 event cannot be redacted", e);
        }
    }
}
