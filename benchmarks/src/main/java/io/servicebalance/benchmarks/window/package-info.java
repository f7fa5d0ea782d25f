/** Reading a plan's window: one month of the contact history out of a year against a history of that month alone. */
package io.servicebalance.benchmarks.window;
