/** Recorded history as the planner sees it (trace plus customer facts), and a realistic synthetic history to seed. */
package io.servicebalance.simulation.history;
