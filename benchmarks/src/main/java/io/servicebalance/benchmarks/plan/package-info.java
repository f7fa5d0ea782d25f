/** Planning: seeding, trace extraction (bulk SQL against Axon's own event stream) and a policy sweep. */
package io.servicebalance.benchmarks.plan;
