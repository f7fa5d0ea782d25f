package io.servicebalance.imports;

import io.servicebalance.eventstore.bulk.BulkResult;

/** What an import did: rows read per file, aggregates new, continued and already stored, events appended, speed. */
public record ImportSummary(long customerRows, long contactRows, long purchaseRows, BulkResult append) {

    public long rows() {
        return customerRows + contactRows + purchaseRows;
    }

    /** One line for people: says so when nothing was new. */
    public String describe() {
        String rows = String.format("%,d rows (%,d customers, %,d contacts, %,d purchases)", rows(), customerRows,
                contactRows, purchaseRows);
        if (append.eventsAppended() == 0) {
            return rows + ": nothing new, every row is already stored; 0 events appended";
        }
        return String.format("%s: %,d events appended in %.1f s, %,.0f events/s (%,d aggregates new, %,d continued,"
                        + " %,d already stored)", rows, append.eventsAppended(), append.seconds(),
                append.eventsPerSecond(), append.created(), append.continued(), append.unchanged());
    }
}
