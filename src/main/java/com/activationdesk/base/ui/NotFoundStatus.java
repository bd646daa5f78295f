package com.activationdesk.base.ui;

import java.io.IOException;
import java.io.PrintWriter;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the page for a URL no view answers (or one the user may not open) arrive with HTTP 404 instead of 200.
 * Vaadin sends the same host page for every URL and navigates in a later request, so the status {@link NotFoundView}
 * returns never reaches the browser. Here the page itself gets the status while its content stays the same, so the
 * browser still starts the app and shows the not-found view. Only page loads are affected: Vaadin's own requests
 * and static files never.
 * Runs after Spring Security, which has already sent a visitor who is not logged in to the login page.
 */
@Component
class NotFoundStatus extends OncePerRequestFilter {

    private final AccessAnnotationChecker accessChecker = new AccessAnnotationChecker();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !"GET".equals(request.getMethod()) || accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)
                || request.getParameter("v-r") != null || path(request).startsWith("VAADIN/")
                || path(request).matches(".*\\.[A-Za-z0-9]+$"); // a file (no route has a dot in its last part)
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(request.getServletContext()));
        boolean shown = routes.getNavigationTarget(path(request))
                .filter(view -> accessChecker.hasAccess(view, request)).isPresent();
        chain.doFilter(request, shown ? response : new NotFoundResponse(response));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/", "");
    }

    /**
     * The host page as Vaadin writes it, with 404 in place of 200 once the page is written; until then whatever
     * handles the request sees the response as it would be without this filter.
     */
    private static final class NotFoundResponse extends HttpServletResponseWrapper {

        NotFoundResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            notFound();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            notFound();
            return super.getWriter();
        }

        private void notFound() {
            if (getStatus() == SC_OK) {
                setStatus(SC_NOT_FOUND);
            }
        }
    }
}
