/** Contacts on every channel and the cases and complaints they become. */
package io.servicebalance.contact;
