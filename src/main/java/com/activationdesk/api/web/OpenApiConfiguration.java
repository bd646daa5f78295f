package com.activationdesk.api.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's OpenAPI 3.1 description (springdoc, /v3/api-docs) and Swagger UI, public like any API reference: a
 * chain of its own, stateless and read-only, before the Vaadin chain. The server is relative, so the committed
 * copy (docs/openapi.json, checked by OpenApiSpecTest) does not depend on host or port.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI activationDeskApi() {
        return new OpenAPI()
                .info(new Info().title("Activation Desk partner API").version("v1")
                        .description("Requests of Unify Phone for OpenScape tenants, automated from partners' and "
                                + "Cloud Ops' own systems: the same workflow, validation, data scope and audit as "
                                + "the UI. Errors are RFC 9457 problems; changes need If-Match; creates and actions "
                                + "take an Idempotency-Key. See docs/api.md."))
                .servers(List.of(new Server().url("/")))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token issued by the vendor admin (adk_…)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiDocsFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
