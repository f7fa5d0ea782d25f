package io.servicebalance.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access configuration ({@code servicebalance.security}).
 *
 * @param demoUsers  users from configuration for the embedded default; {@code enabled} is {@code auto} (on with the
 *                   embedded database, refused with an external one), {@code true} or {@code false}
 * @param jwt        for production: the claim holding the roles of a JWT (issuer: spring.security.oauth2...)
 */
@ConfigurationProperties("servicebalance.security")
public record AccessProperties(DemoUsers demoUsers, Jwt jwt) {

    public AccessProperties {
        demoUsers = demoUsers == null ? new DemoUsers("auto", List.of()) : demoUsers;
        jwt = jwt == null ? new Jwt("roles") : jwt;
    }

    public record DemoUsers(String enabled, List<DemoUser> users) {
        public DemoUsers {
            enabled = enabled == null ? "auto" : enabled;
            users = users == null ? List.of() : List.copyOf(users);
        }
    }

    /** A demo user; the password is stored as given ({noop}) since these exist only for local use. */
    public record DemoUser(String name, String password, List<Role> roles) {
    }

    public record Jwt(String rolesClaim) {
    }
}
