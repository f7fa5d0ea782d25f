/**
 * The benchmark harness behind {@code ./servicebalance benchmark-*}: kept out of the application jar. Each benchmark
 * is a picocli subcommand in its own feature package, listed in {@link io.servicebalance.benchmarks.BenchmarksCommand}.
 */
package io.servicebalance.benchmarks;
