/** Axon event store on PostgreSQL: schema names, JSON serialization, snapshots and aggregate registration. */
package io.servicebalance.eventstore;
