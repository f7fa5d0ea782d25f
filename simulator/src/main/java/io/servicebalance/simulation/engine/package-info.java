/** The discrete-event engine: one agent pool per channel, replaying a trace's contacts under one policy. */
package io.servicebalance.simulation.engine;
