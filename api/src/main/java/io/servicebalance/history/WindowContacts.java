package io.servicebalance.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.contact.ContactType;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.history.ContactColumns;
import io.servicebalance.simulation.history.ContactColumnsBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the contact rows of a window from a binary copy straight into {@link ContactColumns}: ids as bytes, enums
 * matched on their bytes, instants as microseconds; no object per contact.
 */
final class WindowContacts {

    /** The columns {@link #read} expects, in this order. */
    static final String COLUMNS = "contact_id, customer_id, tier, channel, contact_type, received_at, answered_at,"
            + " abandoned_at, acknowledged_at, handle_seconds";

    static final byte[][] TIERS = names(ServiceTier.values());
    private static final byte[][] CHANNELS = names(Channel.values());
    private static final byte[][] TYPES = names(ContactType.values());
    private static final int EXPECTED = 1 << 16;

    private WindowContacts() {
    }

    static ContactColumns read(BinaryCopy rows) throws IOException {
        ContactColumnsBuilder contacts = new ContactColumnsBuilder(EXPECTED);
        byte[] id = new byte[BinaryCopy.MAX_FIELD];
        byte[] customer = new byte[BinaryCopy.MAX_FIELD];
        long absent = ContactColumns.ABSENT;
        while (rows.next()) {
            int idLength = rows.bytes(id);
            int customerLength = rows.bytes(customer);
            contacts.add(id, 0, idLength, customer, 0, customerLength, rows.ordinal(TIERS, -1),
                    rows.ordinal(CHANNELS, -1), rows.ordinal(TYPES, -1), rows.micros(absent), rows.micros(absent),
                    rows.micros(absent), rows.micros(absent), rows.int8(-1));
        }
        return contacts.build();
    }

    static byte[][] names(Enum<?>[] values) {
        byte[][] names = new byte[values.length][];
        for (int k = 0; k < values.length; k++) {
            names[k] = values[k].name().getBytes(StandardCharsets.UTF_8);
        }
        return names;
    }
}
