/** Business-rule violations reported by the aggregates. */
package io.servicebalance.rules;
