package io.servicebalance.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes of one processing batch, merged in memory and flushed just before the batch's transaction commits as a
 * fixed number of statements over arrays (about eight, whatever the batch size): tiers and customers first, then the
 * contacts (a new contact's tier looked up), and last the contacts of the customers whose tiers changed are given the
 * tier in force at their arrival again, in one statement.
 */
final class ContactHistoryBatch {

    /**
     * The tier in force at an instant: the latest (business time, then order in the customer's events) at or before
     * it; before the first one, the first one; STANDARD for a customer without any.
     */
    static final String TIER_AT = "coalesce((SELECT t.tier FROM contact_history_tier t WHERE t.customer_id = %1$s"
            + " AND t.since <= %2$s ORDER BY t.since DESC, t.seq DESC LIMIT 1), (SELECT t.tier FROM"
            + " contact_history_tier t WHERE t.customer_id = %1$s ORDER BY t.since, t.seq LIMIT 1), 'STANDARD')";

    static final String RETIER = "UPDATE contact_history c SET tier = " + TIER_AT.formatted("c.customer_id",
            "c.received_at") + " WHERE c.customer_id = ANY (?::text[])";

    private CustomerChanges customers = new CustomerChanges();
    private ContactChanges contacts = new ContactChanges();

    CustomerChanges customers() {
        return customers;
    }

    ContactChanges contacts() {
        return contacts;
    }

    void flush(JdbcTemplate jdbc) {
        customers.flush(jdbc);
        contacts.flush(jdbc);
        List<String> retiered = List.copyOf(customers.retiered());
        if (!retiered.isEmpty()) {
            jdbc.execute((Connection con) -> {
                try (PreparedStatement statement = con.prepareStatement(RETIER)) {
                    statement.setArray(1, con.createArrayOf("text", retiered.toArray(String[]::new)));
                    return statement.executeUpdate();
                }
            });
        }
        customers = new CustomerChanges();
        contacts = new ContactChanges();
    }
}
