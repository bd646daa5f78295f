package com.activationdesk.base.securitylog;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address of the HTTP request being served (Vaadin's requests included), for the security log. Behind
 * a reverse proxy it is the proxy's unless {@code server.forward-headers-strategy} is set.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** {@code null} outside an HTTP request (jobs, tests without one). */
    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
