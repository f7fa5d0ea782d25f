package io.servicebalance.access;

import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every endpoint but health needs credentials. Agents record; account managers read (their own customers, checked
 * where the customer is loaded); planners simulate; admins do everything. HTTP Basic for the demo users of the
 * embedded default, bearer JWTs in production; both at once when both are configured (each has its own authentication
 * manager). HEAD follows GET's rules. Stateless, so no sessions and no CSRF tokens.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwt, AccessProperties access,
                            DemoUserPolicy demoUsers, UserDetailsService users) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/imports", "/api/imports/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/simulations/**").hasAnyRole(Role.PLANNER.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/customers/*/erasure").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/customers/**", "/api/contacts/**")
                        .hasAnyRole(Role.AGENT.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/customers/**")
                        .hasAnyRole(Role.ACCOUNT_MANAGER.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.HEAD, "/api/customers/**")
                        .hasAnyRole(Role.ACCOUNT_MANAGER.name(), Role.ADMIN.name())
                        .anyRequest().authenticated());
        if (demoUsers.enabled()) {
            http.httpBasic(b -> b.authenticationEntryPoint(problems)).authenticationManager(basic(users));
        }
        JwtDecoder decoder = jwt.getIfAvailable();
        if (decoder != null) {
            JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
            tokens.setJwtAuthenticationConverter(roles(access.jwt().rolesClaim()));
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems).accessDeniedHandler(problems)
                    .jwt(j -> j.authenticationManager(new ProviderManager(tokens))));
        }
        if (!demoUsers.enabled() && jwt.getIfAvailable() == null) {
            throw new IllegalStateException("no way to authenticate: configure a JWT issuer"
                    + " (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI), or allow the demo users with an"
                    + " external database (SERVICEBALANCE_SECURITY_DEMO_USERS_ENABLED=true)");
        }
        return http.build();
    }

    @Bean
    UserDetailsService demoUsers(AccessProperties access, DemoUserPolicy policy) {
        if (!policy.enabled()) {
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(access.demoUsers().users().stream()
                .map(u -> User.withUsername(u.name()).password("{noop}" + u.password())
                        .roles(u.roles().stream().map(Role::name).toArray(String[]::new)).build())
                .toList());
    }

    @Bean
    DemoUserPolicy demoUserPolicy(AccessProperties access, Environment environment) {
        return DemoUserPolicy.of(access.demoUsers().enabled(), environment.getProperty("spring.datasource.url"));
    }

    /**
     * Checks demo users' passwords as configured, without Spring's upgrade of stored passwords to bcrypt on first
     * login (which would cost a bcrypt hash on every request of these local-only users).
     */
    private static AuthenticationManager basic(UserDetailsService users) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(
                PasswordEncoderFactories.createDelegatingPasswordEncoder());
        provider.setUserDetailsService(users);
        return new ProviderManager(provider);
    }

    private static JwtAuthenticationConverter roles(String claim) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(token -> {
            Object value = token.getClaims().get(claim);
            Collection<?> names = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
            return names.stream().map(n -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + n)).toList();
        });
        return converter;
    }
}
