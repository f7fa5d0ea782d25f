/** {@code benchmark-nodes}: one sweep on one server process, then on two, sharing one PostgreSQL. */
package io.servicebalance.benchmarks.nodes;
