package com.activationdesk.api.web;

import java.time.Clock;

import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.base.securitylog.SecurityEventLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API's own chain for {@code /api/**}, before the Vaadin chain (which stays as it is): stateless, a bearer
 * token per call, no session, no CSRF (no cookie authenticates a call, so there is nothing to forge).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, ApiProblems problems,
                                       SecurityEventLog securityLog, ApiProperties properties, Clock clock,
                                       ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        SecurityContextHolderStrategy strategy = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(context -> context.requireExplicitSave(true))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, new RateLimiter(properties.requestsPerMinute(), clock),
                        problems, securityLog, strategy, properties.maxBodyBytes()), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
