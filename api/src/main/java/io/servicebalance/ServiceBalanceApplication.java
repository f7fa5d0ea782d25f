package io.servicebalance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The ServiceBalance web application.
 */
@SpringBootApplication
public class ServiceBalanceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ServiceBalanceApplication.class, args);
    }
}
