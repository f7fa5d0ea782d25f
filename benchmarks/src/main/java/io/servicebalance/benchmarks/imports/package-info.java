/** The import benchmark: generates a recorded history as CSV files and times the {@code import} command on them. */
package io.servicebalance.benchmarks.imports;
