/** Command-line entry points of the simulator: they never start a database or a web server. */
package io.servicebalance.simulation.cli;
