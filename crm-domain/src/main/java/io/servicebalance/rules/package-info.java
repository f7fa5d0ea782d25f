/** Business-rule violations reported by the aggregates, and the shape checks of command records. */
package io.servicebalance.rules;
