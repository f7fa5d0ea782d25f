package io.servicebalance.imports;

import java.util.List;
import java.util.stream.Collectors;

/** The import was refused and nothing was written; {@code problems} lists the first of {@code total} problems. */
public final class ImportRejected extends RuntimeException {

    private final transient List<RowProblem> problems;
    private final long total;

    ImportRejected(List<RowProblem> problems, long total) {
        super(describe(problems, total), null, false, false);
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public long total() {
        return total;
    }

    private static String describe(List<RowProblem> problems, long total) {
        String listed = problems.stream().map(RowProblem::toString).collect(Collectors.joining("; "));
        String more = total > problems.size() ? "; and " + (total - problems.size()) + " more" : "";
        return "nothing imported: " + total + (total == 1 ? " problem: " : " problems: ") + listed + more;
    }
}
