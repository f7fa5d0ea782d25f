package io.servicebalance.launcher;

import io.servicebalance.ServiceBalanceApplication;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code servicebalance serve}: runs the web application until it is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the ServiceBalance web application (browser pages at /ui, the HTTP API at /api) and print"
            + " its URL.",
            "Stops on Ctrl-C or SIGTERM, finishing requests in flight."})
class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "${env:SERVER_PORT:-8080}",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--port must be between 0 and 65535, not " + port);
        }
        DatabaseProbe.requireReachable();
        ConfigurableApplicationContext context = start();
        String url = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        spec.commandLine().getOut().printf("ServiceBalance is serving at %s: open %s/ui in a browser (API: %s/swagger-ui.html,"
                + " health: %s/actuator/health)%n", url, url, url, url);
        if (context.getBean(io.servicebalance.access.DemoUserPolicy.class).enabled()) {
            spec.commandLine().getOut().println("demo users (log in on the page, or HTTP Basic for the API; password ="
                    + " name): agent, manager1, manager2, planner, admin");
        } else {
            spec.commandLine().getOut().println("no demo users: the API takes bearer tokens (JWT); " + url
                    + "/login says so to browser users");
        }
        spec.commandLine().getOut().flush();
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
        return 0;
    }

    private ConfigurableApplicationContext start() {
        SpringApplication application = new SpringApplication(ServiceBalanceApplication.class);
        Map<String, Object> defaults = new HashMap<>();
        // A failed start is reported as one line by the launcher, not as a stack trace.
        defaults.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
        defaults.put("logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "OFF");
        defaults.put("logging.level.org.springframework.boot.autoconfigure.logging.ConditionEvaluationReportLogger", "OFF");
        defaults.put("logging.level.org.springdoc.core.events", "ERROR");
        application.setDefaultProperties(defaults);
        return application.run("--server.port=" + port);
    }
}
