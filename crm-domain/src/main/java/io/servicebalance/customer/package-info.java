/** Customers: registration, tiers, account managers, purchases and churn. */
package io.servicebalance.customer;
