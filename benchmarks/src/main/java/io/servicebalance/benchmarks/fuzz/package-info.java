/**
 * Fuzzing of the write API over real HTTP: malformed and hostile requests per endpoint from a fixed seed, counting
 * server errors and writes made by refused requests; used by a suite test and by {@code benchmark-fuzz}.
 */
package io.servicebalance.benchmarks.fuzz;
