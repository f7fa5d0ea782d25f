/** Optimising staffing per interval against the scaled-profile grid, on the same seeded history. */
package io.servicebalance.benchmarks.optimise;
