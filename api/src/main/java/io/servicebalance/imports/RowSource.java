package io.servicebalance.imports;

/** Where a command came from: file, line and the column whose value it records. */
record RowSource(String file, long line, String field) {
}
