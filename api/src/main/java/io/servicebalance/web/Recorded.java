package io.servicebalance.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/** The answers of the recording endpoints: 201 with Location and id for a create, 204 for any other command. */
public final class Recorded {

    private Recorded() {
    }

    public static ResponseEntity<Map<String, String>> created(String collectionPath, String id) {
        return ResponseEntity.created(URI.create(collectionPath + id)).body(Map.of("id", id));
    }

    public static ResponseEntity<Void> accepted() {
        return ResponseEntity.noContent().build();
    }
}
