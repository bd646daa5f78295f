package com.activationdesk.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Response headers on top of Spring Security's defaults (no sniffing, no framing, no caching of pages; HSTS on
 * HTTPS requests, which behind a proxy means {@code X-Forwarded-Proto: https}, see README "Security").
 *
 * <p>The Content-Security-Policy is the narrowest Vaadin Flow runs under, checked in Chromium on every main view
 * (SecurityHeadersBrowserTest): Flow's bootstrap page has inline scripts and executes server-sent JavaScript with
 * {@code new Function} ('unsafe-inline', 'unsafe-eval'), its components set inline styles, and Lumo embeds icons
 * and fonts as data URLs. Everything else comes from the app's own origin; nothing may frame it.
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The app uses none of these browser features; nothing embedded may ask for them either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=()";

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Activation links carry their token in the URL: it must not travel to another site as a referrer.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }
}
