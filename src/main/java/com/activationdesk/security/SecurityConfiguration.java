package com.activationdesk.security;

import java.util.Map;

import com.activationdesk.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
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
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // After Vaadin's configurer: configured earlier, form login would not yet know the login view and would
        // switch on Spring Security's generated login page.
        http.formLogin(form -> form.failureHandler(new FailedLoginHandler("/login")));
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
