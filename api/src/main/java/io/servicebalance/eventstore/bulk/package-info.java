/**
 * Bulk appends into Axon's event store: commands run through the aggregates' own handlers in memory, and the events
 * they apply are copied into {@code domain_event_entry} in large transactions.
 */
package io.servicebalance.eventstore.bulk;
