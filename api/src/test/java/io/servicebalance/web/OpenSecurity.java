package io.servicebalance.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** For web slices that test input handling, not access: every request is let through (access has its own tests). */
@TestConfiguration
public class OpenSecurity {

    @Bean
    SecurityFilterChain open(HttpSecurity http) throws Exception {
        return http.csrf(c -> c.disable()).authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
    }
}
