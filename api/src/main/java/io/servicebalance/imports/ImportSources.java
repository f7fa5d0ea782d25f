package io.servicebalance.imports;

/** The files of one import; {@code purchases} may be absent. */
public record ImportSources(ImportSource customers, ImportSource contacts, ImportSource purchases) {

    public ImportSources {
        if (customers == null || contacts == null) {
            throw new IllegalArgumentException("an import needs the customers and the contacts file");
        }
    }
}
