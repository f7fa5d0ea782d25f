/** Jakarta Bean Validation constraints of the scenario file: names of channels and tiers, schedules, figures. */
package io.servicebalance.simulation.plan.constraint;
