package io.servicebalance.benchmarks.write;

import io.servicebalance.ServiceBalanceApplication;
import io.servicebalance.customer.CustomerCommands.RecordPurchase;
import io.servicebalance.customer.CustomerCommands.RegisterCustomer;
import io.servicebalance.customer.CustomerId;
import io.servicebalance.customer.ServiceTier;
import io.servicebalance.simulation.cli.PeakMemory;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code servicebalance benchmark-write}: commands per second through the write API and through the command gateway,
 * with 1 and 8 concurrent clients, on a throw-away embedded PostgreSQL; events appended per second; peak memory.
 */
@Command(name = "benchmark-write", mixinStandardHelpOptions = true,
        description = {"Measure the write side: commands per second through HTTP and the command gateway.",
            "On a throw-away embedded PostgreSQL (./data is not touched), with 1 and 8 clients; events/s, peak memory."})
public class WriteBenchmarkCommand implements Callable<Integer> {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Spec
    CommandSpec spec;

    @Option(names = "--commands", defaultValue = "4000", paramLabel = "N",
            description = "Commands per measurement (default: ${DEFAULT-VALUE}).")
    int commands;

    @Override
    public Integer call() throws Exception {
        if (commands < 8) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--commands must be at least 8");
        }
        SpringApplication app = new SpringApplication(ServiceBalanceApplication.class);
        try (ConfigurableApplicationContext context = app.run("--server.port=0",
                "--servicebalance.database.embedded.ephemeral=true", "--logging.level.root=WARN",
                "--spring.datasource.url=")) {
            PrintWriter out = spec.commandLine().getOut();
            CommandGateway gateway = context.getBean(CommandGateway.class);
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            out.printf("%-28s %8s %10s %12s%n", "path", "clients", "commands", "commands/s");
            for (int clients : new int[] {1, 8}) {
                report(out, "command gateway", clients, run(clients, (c, i) -> gateway.sendAndWait(purchase(c))
                        , gateway, "gw" + clients));
                report(out, "HTTP POST .../purchases", clients, run(clients, (c, i) -> http(base, c), gateway,
                        "http" + clients));
            }
            out.printf("events appended per second equal commands per second: one event per command%n");
            out.printf("peak heap+non-heap used: %d MiB, peak resident set (VmHWM): %s%n", PeakMemory.usedMiB(),
                    PeakMemory.residentPeak());
            out.flush();
        }
        return 0;
    }

    private interface Step {
        void apply(CustomerId customer, int index) throws Exception;
    }

    private double run(int clients, Step step, CommandGateway gateway, String prefix) throws Exception {
        List<CustomerId> customers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            CustomerId id = new CustomerId(prefix + "-" + c + "-" + System.nanoTime());
            gateway.sendAndWait(new RegisterCustomer(id, "Bench " + c, "bench@example.com", null, ServiceTier.BASIC, AT));
            customers.add(id);
        }
        int each = commands / clients;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (CustomerId customer : customers) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    step.apply(customer, i);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return each * clients / seconds;
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static void http(String base, CustomerId customer) throws Exception {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/customers/" + customer
                        + "/purchases")).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "agent:agent".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":10,\"currency\":\"EUR\",\"occurredAt\":\"" + AT + "\"}"))
                .build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("purchase answered " + response.statusCode());
        }
    }

    private static RecordPurchase purchase(CustomerId customer) {
        return new RecordPurchase(customer, BigDecimal.TEN, "EUR", null, AT);
    }

    private void report(PrintWriter out, String path, int clients, double perSecond) {
        out.printf("%-28s %8d %10d %12.0f%n", path, clients, commands / clients * clients, perSecond);
        out.flush();
    }
}
