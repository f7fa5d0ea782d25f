/** Planning: seeding, trace extraction (contact history read model against Axon's event stream), a policy sweep. */
package io.servicebalance.benchmarks.plan;
