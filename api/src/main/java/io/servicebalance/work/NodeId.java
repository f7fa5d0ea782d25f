package io.servicebalance.work;

/**
 * The name of this process (host, process id, a random part) among the nodes sharing the database, as the owner of
 * its work claims; unique even for two application contexts in one JVM.
 */
public record NodeId(String value) {
}
