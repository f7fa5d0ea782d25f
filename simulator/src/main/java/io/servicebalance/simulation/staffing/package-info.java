/** Staffing optimised per interval and day of the week: Erlang A per interval, corrected by simulation. */
package io.servicebalance.simulation.staffing;
