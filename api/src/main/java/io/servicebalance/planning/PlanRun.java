package io.servicebalance.planning;

import io.servicebalance.simulation.plan.Plan;

/**
 * A finished plan and what it took.
 *
 * @param contacts     contacts of the window replayed
 * @param customers    customers of those contacts
 * @param readSeconds  reading the window from the contact history (after any wait for it to catch up)
 * @param planSeconds  replaying and pricing every policy
 */
public record PlanRun(Plan plan, int contacts, int customers, double readSeconds, double planSeconds) {
}
