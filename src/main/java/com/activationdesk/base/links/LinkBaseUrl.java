package com.activationdesk.base.links;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where mailed links (invitations, password resets) point. {@code activationdesk.public-base-url} when it is set
 * (the {@code prod} profile requires it: behind a proxy only the operator knows the public address). Without it the
 * link must still work where the app really runs: {@code http://localhost} with the port the server actually got,
 * not a fixed 8080.
 * (Links are minted when the delivery job hands the mail to SMTP, never within a browser's request, so there is no
 * request address to take.)
 */
@Component
public class LinkBaseUrl {

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
            log.info("Invitation and password reset links use {} (activationdesk.public-base-url)", configured);
        } else {
            log.info("Invitation and password reset links use {} (no activationdesk.public-base-url set: the port "
                    + "this server got)", serverAddress);
        }
    }

    /** The base for a link made now, without a trailing slash. */
    public String current() {
        return StringUtils.hasText(configured) ? configured : serverAddress;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
