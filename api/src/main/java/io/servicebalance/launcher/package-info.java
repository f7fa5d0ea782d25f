/** The command-line entry point: serve and the other subcommands of ./servicebalance. */
package io.servicebalance.launcher;
