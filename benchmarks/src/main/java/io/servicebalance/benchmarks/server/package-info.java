/** The application's {@code serve} command as a child process, for the benchmarks and tests that start real servers. */
package io.servicebalance.benchmarks.server;
