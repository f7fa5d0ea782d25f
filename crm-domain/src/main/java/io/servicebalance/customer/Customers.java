package io.servicebalance.customer;

/**
 * The command side's knowledge of which ids belong to registered customers (and not to a contact or to nothing);
 * injected into the command handlers that need it.
 */
public interface Customers {

    boolean registered(CustomerId id);
}
