/** The planning use case, one home for the command line and the REST API: check a scenario, read the history, plan. */
package io.servicebalance.planning;
