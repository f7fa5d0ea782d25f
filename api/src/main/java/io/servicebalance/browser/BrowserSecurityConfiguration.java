package io.servicebalance.browser;

import io.servicebalance.access.Role;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The browser pages ({@value #PAGES}), the login form and logout: form login against the same users as the API, a
 * session, and CSRF tokens on every form. Ordered before the API's chain and matching only these paths, so the REST
 * API keeps its own stateless chain (Basic or JWT, no session, no CSRF) unchanged.
 */
@Configuration
@ConditionalOnWebApplication
class BrowserSecurityConfiguration {

    static final String PAGES = "/ui/**";
    /** Where a refused request is forwarded to be explained (a missing CSRF token, a role that may not). */
    static final String DENIED = "/ui/denied";

    @Bean
    @Order(1)
    SecurityFilterChain browser(HttpSecurity http, UserDetailsService users) throws Exception {
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage(DENIED);
        String admin = Role.ADMIN.name();
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/ui"),
                        PathPatternRequestMatcher.withDefaults().matcher(PAGES),
                        PathPatternRequestMatcher.withDefaults().matcher("/login"),
                        PathPatternRequestMatcher.withDefaults().matcher("/logout"), BrowserSecurityConfiguration::pageError))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/ui/assets/**", "/login", DENIED).permitAll()
                        .requestMatchers("/ui/admin/**").hasRole(admin)
                        .requestMatchers("/ui/planner/**").hasAnyRole(Role.PLANNER.name(), admin)
                        .requestMatchers("/ui/customers/**").hasAnyRole(Role.ACCOUNT_MANAGER.name(), admin)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/ui", true))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .exceptionHandling(e -> e.accessDeniedHandler(denied))
                .authenticationManager(passwords(users))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; script-src 'self';"
                        + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none';"
                        + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /** The error page of a failed page request is a page too (the API's errors stay problem+json). */
    private static boolean pageError(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && (uri.equals("/ui") || uri.startsWith("/ui/"));
    }

    /** The users' passwords as configured (demo users are stored {noop}), without upgrading them on each login. */
    private static AuthenticationManager passwords(UserDetailsService users) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(
                PasswordEncoderFactories.createDelegatingPasswordEncoder());
        provider.setUserDetailsService(users);
        return new ProviderManager(provider);
    }
}
