package io.servicebalance.planning;

/** One file of a finished plan: its name (charts under {@code charts/} on the REST API), media type and bytes. */
public record PlanArtifact(String name, String mediaType, byte[] content) {
}
