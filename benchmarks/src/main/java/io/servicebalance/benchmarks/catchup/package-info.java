/** The catch-up benchmark: how fast the event processors bring their read models up to a freshly seeded history. */
package io.servicebalance.benchmarks.catchup;
