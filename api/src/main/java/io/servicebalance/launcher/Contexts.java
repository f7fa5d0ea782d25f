package io.servicebalance.launcher;

import io.servicebalance.ServiceBalanceApplication;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without a web server, for subcommands that work on the database (seed, plan, demo). Event
 * processors are stopped at once: batch jobs leave the read models to the server, which catches up from its token
 * when it starts, and seeding keeps both cores.
 */
public final class Contexts {

    private Contexts() {
    }

    public static ConfigurableApplicationContext withoutWeb(String... args) {
        DatabaseProbe.requireReachable();
        SpringApplication app = new SpringApplication(ServiceBalanceApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        List<String> all = new ArrayList<>(List.of("--logging.level.root=WARN",
                "--logging.level.io.servicebalance=INFO"));
        all.addAll(List.of(args));
        ConfigurableApplicationContext context = app.run(all.toArray(String[]::new));
        context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                .forEach(EventProcessor::shutDown);
        return context;
    }
}
