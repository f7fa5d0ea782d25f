package io.servicebalance;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The ServiceBalance web application. The command line ({@code ./servicebalance serve}) starts it through
 * {@link io.servicebalance.launcher.Launcher}; this main method serves IDEs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ServiceBalanceApplication {

    /** The clock that stamps {@code occurredAt} when a client records an interaction without giving the time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(ServiceBalanceApplication.class, args);
    }
}
