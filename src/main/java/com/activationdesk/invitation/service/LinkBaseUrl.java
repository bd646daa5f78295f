package com.activationdesk.invitation.service;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where invitation links point. {@code activationdesk.public-base-url} when it is set (the {@code prod} profile
 * requires it: behind a proxy only the operator knows the public address). Without it the link must still work
 * where the app really runs: the scheme, host and port of the request that sends the invitation (what Cloud Ops'
 * browser reached), and with no request at hand (jobs, demo data) {@code http://localhost} with the port the server
 * actually got, not a fixed 8080.
 */
@Component
class LinkBaseUrl {

    private static final Logger log = LoggerFactory.getLogger(LinkBaseUrl.class);

    private final String configured;
    private final String contextPath;
    /** Until the server reports its port (never in tests without a server): the configured port. */
    private volatile String serverAddress;

    LinkBaseUrl(@Value("${activationdesk.public-base-url:}") String configured,
                @Value("${server.port:8080}") String port,
                @Value("${server.servlet.context-path:}") String contextPath) {
        this.configured = withoutTrailingSlash(configured.trim());
        this.contextPath = withoutTrailingSlash(contextPath);
        this.serverAddress = "http://localhost:" + port + this.contextPath;
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a separate management server, not where users open links
        }
        serverAddress = "http://localhost:" + event.getWebServer().getPort() + contextPath;
        if (StringUtils.hasText(configured)) {
            log.info("Invitation links use {} (activationdesk.public-base-url)", configured);
        } else {
            log.info("Invitation links use {} (no activationdesk.public-base-url: links sent from a browser use the "
                    + "address that browser reached)", serverAddress);
        }
    }

    /** The base for a link made now, without a trailing slash. */
    String current() {
        if (StringUtils.hasText(configured)) {
            return configured;
        }
        return currentRequest()
                .map(request -> withoutTrailingSlash(ServletUriComponentsBuilder.fromContextPath(request).toUriString()))
                .orElse(serverAddress);
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
