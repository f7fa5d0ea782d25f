/**
 * Import of a recorded history (customers, contacts, purchases as CSV) into the event store through the aggregates'
 * own rules, from the command line and over HTTP.
 */
package io.servicebalance.imports;
