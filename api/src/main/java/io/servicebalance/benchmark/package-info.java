/** Benchmark harness run by {@code ./servicebalance benchmark-*}: measurements of the user's path, not product code. */
package io.servicebalance.benchmark;
