/**
 * The trace path ({@code benchmark-trace}): a generated trace replayed by the whole {@code ./servicebalance simulate}
 * process and by SimPy on the same model; time, memory and the engine's bytes per contact.
 */
package io.servicebalance.benchmarks.trace;
