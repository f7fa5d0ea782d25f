/** Planning: seeding, trace extraction (the contact history read model against Axon's own event stream) and a policy sweep. */
package io.servicebalance.benchmarks.plan;
