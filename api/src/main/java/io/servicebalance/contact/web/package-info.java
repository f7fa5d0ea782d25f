/** HTTP endpoints through which agents and other systems record contacts, their cases and complaint steps. */
package io.servicebalance.contact.web;
