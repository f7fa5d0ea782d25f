package io.servicebalance.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document names both ways in: HTTP Basic (demo users) and bearer JWTs, so Swagger UI can authorize. */
@Configuration
class OpenApiSecurity {

    @Bean
    OpenAPI serviceBalanceApi() {
        return new OpenAPI()
                .info(new Info().title("ServiceBalance API").description("Record interactions (AGENT), read customer"
                        + " timelines (ACCOUNT_MANAGER), run what-if simulations (PLANNER), operate (ADMIN)."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("Demo users of the embedded default"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT").description("Tokens with a roles claim")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
