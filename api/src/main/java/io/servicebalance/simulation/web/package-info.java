/** Planners' what-if simulations over HTTP: submit a scenario, follow its progress, fetch results and charts. */
package io.servicebalance.simulation.web;
