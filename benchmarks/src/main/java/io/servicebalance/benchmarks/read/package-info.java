/** Read-side latency with wrk and the read-model rebuild speed. */
package io.servicebalance.benchmarks.read;
