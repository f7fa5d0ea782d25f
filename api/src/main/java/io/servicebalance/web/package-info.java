/** HTTP concerns shared by every feature: problem responses for rejected requests and request limits. */
package io.servicebalance.web;
