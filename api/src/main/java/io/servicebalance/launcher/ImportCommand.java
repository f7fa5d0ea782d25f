package io.servicebalance.launcher;

import io.servicebalance.imports.HistoryImporter;
import io.servicebalance.imports.ImportRejected;
import io.servicebalance.imports.ImportSource;
import io.servicebalance.imports.ImportSources;
import io.servicebalance.imports.ImportSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code servicebalance import}: appends a recorded history from CSV files through the aggregates' rules. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import a recorded history (customers, contacts, purchases as UTF-8 CSV; see docs/import.md).",
            "Every row passes the domain's rules; any problem is reported by file, line and field and nothing is",
            "written. Rows already stored are skipped, so the same files again append nothing and a later log",
            "continues an earlier one; after a crash the same command completes the import."})
class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", required = true, paramLabel = "FILE", description = "customers.csv")
    Path customers;

    @Option(names = "--contacts", required = true, paramLabel = "FILE", description = "contacts.csv")
    Path contacts;

    @Option(names = "--purchases", paramLabel = "FILE", description = "purchases.csv (optional)")
    Path purchases;

    @Override
    public Integer call() {
        ImportSources sources = new ImportSources(read(customers, "--customers"), read(contacts, "--contacts"),
                purchases == null ? null : read(purchases, "--purchases"));
        try (ConfigurableApplicationContext context = Contexts.withoutWeb()) {
            ImportSummary summary = run(context.getBean(HistoryImporter.class), sources);
            PrintWriter out = spec.commandLine().getOut();
            out.println("imported " + summary.describe());
            out.flush();
        } catch (ImportRejected e) {
            throw new CommandFailed(e.getMessage());
        }
        return 0;
    }

    /** Runs an import with a progress bar on a terminal. */
    static ImportSummary run(HistoryImporter importer, ImportSources sources) {
        try (ProgressListener progress = ProgressListener.onTerminal("import")) {
            return importer.run(sources, progress);
        }
    }

    private ImportSource read(Path file, String option) {
        try {
            return new ImportSource(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), option + " " + file + " cannot be read: " + e.getMessage());
        }
    }
}
