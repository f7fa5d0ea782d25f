/** {@code benchmark-crash}: kill -9 of a real server process under a write load, and what became of every acknowledged command. */
package io.servicebalance.benchmarks.crash;
