package io.servicebalance.imports;

/** One problem of an import, by file, line (1 is the header row; 0 for the file as a whole) and field. */
public record RowProblem(String file, long line, String field, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? " line " + line : "") + (field == null ? "" : ", " + field) + ": " + message;
    }
}
