package io.servicebalance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The ServiceBalance web application. The command line ({@code ./servicebalance serve}) starts it through
 * {@link io.servicebalance.launcher.Launcher}; this main method serves IDEs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ServiceBalanceApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(ServiceBalanceApplication.class, args);
    }
}
