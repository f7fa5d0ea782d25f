/** The replayable record of contacts: one row per contact with arrival, channel, tier, handle time and patience. */
package io.servicebalance.simulation.trace;
