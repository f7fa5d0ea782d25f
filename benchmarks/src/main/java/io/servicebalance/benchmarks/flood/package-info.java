/** The planner flood of issue 9: health and heap while planners flood the simulations API. */
package io.servicebalance.benchmarks.flood;
