/** Work claimed by nodes under leases renewed by a heartbeat: only a live owner finishes its work; a dead one's is recovered. */
package io.servicebalance.work;
