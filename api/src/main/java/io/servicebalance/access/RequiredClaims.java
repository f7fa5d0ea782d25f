package io.servicebalance.access;

import java.util.List;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;

/**
 * A JWT must say who it is for ({@code sub}: an account manager sees the customers assigned to that name) and when
 * it expires ({@code exp}); a token without either is refused (401). Spring Boot adds this to the signature, issuer
 * and time checks of the JWT decoder it configures.
 */
@Configuration(proxyBeanMethods = false)
class RequiredClaims {

    @Bean
    OAuth2TokenValidator<Jwt> subjectAndExpiryRequired() {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, s -> s instanceof String name && !name.isBlank()),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull)));
    }
}
