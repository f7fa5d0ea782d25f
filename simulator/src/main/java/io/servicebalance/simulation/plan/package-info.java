/** What-if planning: a grid of policies swept on common random numbers, priced, and its balance point found. */
package io.servicebalance.simulation.plan;
