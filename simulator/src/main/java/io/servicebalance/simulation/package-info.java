/** Public API of the contact-centre simulator: traces, policies, runs and their results. */
package io.servicebalance.simulation;
