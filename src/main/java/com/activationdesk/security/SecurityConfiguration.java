package com.activationdesk.security;

import com.activationdesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Form login through the Vaadin login view; services carry method security on top of view access control. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/icons/**", "/images/**").permitAll());
        // Vaadin denies every URL that is no route (HTTP 403, empty: Chromium shows ERR_INVALID_RESPONSE). Logged-in
        // users get the app's page instead, whose not-found view answers 404 (base.ui.NotFoundStatus); anonymous ones
        // still go to the login page. There are no other endpoints that this would open.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(url -> url.authenticated()));
        // After Vaadin's configurer: configured earlier, form login would not yet know the login view and would
        // switch on Spring Security's generated login page.
        http.formLogin(form -> form.failureHandler(new FailedLoginHandler("/login")));
        return http.build();
    }

    /** Stores hashes as {@code {bcrypt}...}, so the algorithm can change later without invalidating passwords. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
