/** The recorded history as a whole: seeding a synthetic one through the domain, and reading it back as a trace. */
package io.servicebalance.history;
