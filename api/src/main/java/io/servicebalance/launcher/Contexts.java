package io.servicebalance.launcher;

import io.servicebalance.ServiceBalanceApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without a web server, for subcommands that work on the database (seed, plan, demo). */
final class Contexts {

    private Contexts() {
    }

    static ConfigurableApplicationContext withoutWeb(String... args) {
        DatabaseProbe.requireReachable();
        SpringApplication app = new SpringApplication(ServiceBalanceApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        List<String> all = new ArrayList<>(List.of("--logging.level.root=WARN",
                "--logging.level.io.servicebalance=INFO"));
        all.addAll(List.of(args));
        return app.run(all.toArray(String[]::new));
    }
}
