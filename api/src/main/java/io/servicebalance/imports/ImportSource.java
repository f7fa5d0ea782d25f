package io.servicebalance.imports;

/** One file of an import: the name problems are reported under, and its bytes. */
public record ImportSource(String name, byte[] content) {

    public ImportSource {
        if (name == null || name.isBlank() || content == null) {
            throw new IllegalArgumentException("an import file needs a name and content");
        }
    }
}
