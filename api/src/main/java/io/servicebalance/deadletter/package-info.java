/** Dead letters of the event processors: events a read model could not take wait here, visible and retryable. */
package io.servicebalance.deadletter;
