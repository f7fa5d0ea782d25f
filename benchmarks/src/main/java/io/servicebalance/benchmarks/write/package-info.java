/** Write-side throughput through the command gateway and the HTTP API. */
package io.servicebalance.benchmarks.write;
