package io.servicebalance.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects an import's problems, keeping the first {@value #CAP} and counting the rest. */
final class ImportProblems {

    static final int CAP = 100;
    private static final int KEEP = 10_000;

    private final List<String> files;
    private final List<RowProblem> kept = new ArrayList<>();
    private long total;

    /** @param files the files' names in the order problems are listed */
    ImportProblems(List<String> files) {
        this.files = List.copyOf(files);
    }

    synchronized void add(RowProblem problem) {
        total++;
        if (kept.size() < KEEP) {
            kept.add(problem);
        }
    }

    void add(String file, long line, String field, String message) {
        add(new RowProblem(file, line, field, message));
    }

    synchronized boolean any() {
        return total > 0;
    }

    /** Refuses the import when anything was found. */
    synchronized void throwIfAny() {
        if (total > 0) {
            List<RowProblem> sorted = new ArrayList<>(kept);
            sorted.sort(Comparator.comparingInt((RowProblem p) -> files.indexOf(p.file())).thenComparingLong(RowProblem::line)
                    .thenComparing(p -> p.field() == null ? "" : p.field()));
            throw new ImportRejected(sorted.subList(0, (int) Math.min(CAP, sorted.size())), total);
        }
    }
}
