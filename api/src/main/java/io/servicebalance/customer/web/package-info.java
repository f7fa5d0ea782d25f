/** HTTP endpoints through which agents and other systems record what happens to customers. */
package io.servicebalance.customer.web;
