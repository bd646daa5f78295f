package com.activationdesk.base.ui;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request for what {@code @PWA} generates (the web manifest, its icons, the offline page, the service worker's
 * precache list) keeps no HTTP session. Vaadin serves these through request handlers that run after it has found or
 * created the Vaadin session, and browsers fetch the manifest without cookies: each fetch left a new session behind
 * until the inactivity timeout. The session such a request created is ended once the response is written; a session
 * the request came with is left alone. (Serving the files without Vaadin would need its PWA registry, which only a
 * running Vaadin request can create.)
 */
@Component
class PwaRequestsKeepNoSession extends OncePerRequestFilter {

    private static final Pattern PWA_PATHS = Pattern.compile("/(manifest\\.webmanifest|sw-runtime-resources-precache\\.js"
            + "|offline-stub\\.html|icons/icon(-\\d+x\\d+)?\\.png)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !PWA_PATHS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean cameWithSession = request.getSession(false) != null;
        chain.doFilter(request, response);
        HttpSession created = cameWithSession ? null : request.getSession(false);
        if (created != null) {
            created.invalidate();
        }
    }
}
