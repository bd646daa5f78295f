package com.activationdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.activationdesk.base.securitylog.SecurityEventLog;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Form login through the Vaadin login view; services carry method security ({@code @PreAuthorize}) on top of view
 * access control. Without JSR-250 method security: {@code @RolesAllowed} and {@code @PermitAll} stand only on views,
 * which Vaadin's navigation access control checks; as method security they wrapped every view and layout in a proxy,
 * built anew at each navigation (16 % of the request threads' CPU samples under load, docs/load-benchmark.md).
 * RoleAnnotationsTest keeps them off services.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * @param inactivity the servlet session timeout, which Vaadin's {@code closeIdleSessions} applies to its UIs too
     * @param absolute   the longest a login lasts, however active the user is
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SecurityContextHolderStrategy> contexts,
                                            AppUserRepository users, Clock clock, SecurityEventLog securityLog,
                                            @Value("${server.servlet.session.timeout:30m}") Duration inactivity,
                                            @Value("${activationdesk.session.absolute-timeout:12h}") Duration absolute)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/icons/**", "/images/**").permitAll());
        http.headers(new SecurityHeaders());
        // Vaadin denies every URL that is no route (HTTP 403, empty: Chromium shows ERR_INVALID_RESPONSE). Logged-in
        // users get the app's page instead, whose not-found view answers 404 (base.ui.NotFoundStatus); anonymous ones
        // still go to the login page. Actuator has its own chain and port (ManagementSecurityConfiguration).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(url -> url.authenticated()));
        // After Vaadin's configurer: configured earlier, form login would not yet know the login view and would
        // switch on Spring Security's generated login page.
        http.formLogin(form -> form.failureHandler(new FailedLoginHandler("/" + LoginView.ROUTE)));
        // Created here, not as a bean: Spring Boot would register a Filter bean with the servlet container as well,
        // outside the security chain. Before the anonymous filter, so an ended session goes on as an anonymous one.
        // Vaadin's strategy bean, which the other filters of the chain use as well.
        SecurityContextHolderStrategy strategy = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.addFilterBefore(new SessionPolicyFilter(strategy, users, new SessionLimits(inactivity, absolute), clock,
                securityLog), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Stores new hashes as {@code {bcrypt-sha256}...} (no 72-byte limit) and still reads every older format such
     * as {@code {bcrypt}...}, so existing passwords stay valid.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder current = new DelegatingPasswordEncoder(Sha256BcryptPasswordEncoder.ID,
                Map.of(Sha256BcryptPasswordEncoder.ID, new Sha256BcryptPasswordEncoder()));
        current.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return current;
    }
}
