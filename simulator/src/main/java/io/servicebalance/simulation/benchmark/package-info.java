/**
 * Benchmark harness of the trace path ({@code servicebalance benchmark-trace}): generates a trace, runs the whole
 * {@code simulate} process and SimPy on the same model, reports time, memory and bytes per contact. Not used by the
 * application itself.
 */
package io.servicebalance.simulation.benchmark;
