package io.servicebalance.launcher;

import io.servicebalance.history.HistoryReader;
import io.servicebalance.simulation.history.RecordedHistory;
import io.servicebalance.simulation.trace.TraceCsv;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code servicebalance trace}: exports the recorded contacts as a trace CSV that {@code simulate} replays. */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export the recorded contacts as a trace CSV for 'servicebalance simulate'.",
            "Patience is exact for abandoned contacts, '>=wait' for answered ones and empty for contacts never",
            "answered; customer value is the customer's recorded purchases."})
class TraceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
    Path out;

    @Option(names = "--from", paramLabel = "INSTANT", description = "First arrival to include (ISO-8601).")
    String from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "Arrivals before this instant (ISO-8601).")
    String to;

    @Override
    public Integer call() throws Exception {
        List<String> problems = new ArrayList<>();
        Instant start = instant("--from", from, problems);
        Instant end = instant("--to", to, problems);
        if (start != null && end != null && !start.isBefore(end)) {
            problems.add("--from must be before --to");
        }
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join("; ", problems));
        }
        try (ConfigurableApplicationContext context = Contexts.withoutWeb()) {
            HistoryReader reader = context.getBean(HistoryReader.class);
            try (CatchUpProgress waiting = new CatchUpProgress(spec.commandLine().getErr())) {
                reader.awaitCaughtUp(waiting);
            }
            RecordedHistory history = reader.readCaughtUp(start, end);
            Path temporary = out.resolveSibling("." + out.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                TraceCsv.write(history.trace(), writer);
            }
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().printf("wrote %,d contacts of %,d customers to %s%n", history.trace().size(),
                    history.customers().size(), out);
        }
        return 0;
    }

    private static Instant instant(String option, String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(option + " '" + text + "' is not an ISO-8601 instant such as 2026-01-05T00:00:00Z");
            return null;
        }
    }
}
