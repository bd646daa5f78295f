package com.activationdesk.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import com.activationdesk.organization.domain.AppUserRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session at its next request when the account changed since the login (its security stamp was
 * raised: disabled, new role, organisation or e-mail, password reset) or when a session limit is exceeded.
 *
 * <p>The stamp is re-read from the database on every request (one primary-key read) rather than kept in a session
 * registry: a registry only knows the sessions of its own instance, the database row is the same for all of them.
 * The inactivity limit is checked here and not left to the servlet container, because an open tab's heartbeat
 * renews the container's session every few minutes; heartbeats do not count as activity here.
 *
 * <p>An ended session is invalidated (Vaadin closes its UIs with it). A Vaadin request then continues without a
 * session, so Vaadin answers "session expired" and its client goes to the login page ({@link SessionEndedPage});
 * any other request is redirected there directly.
 */
final class SessionPolicyFilter extends OncePerRequestFilter {

    private static final String LOGGED_IN_AT = SessionPolicyFilter.class.getName() + ".loggedInAt";
    private static final String LAST_ACTIVITY = SessionPolicyFilter.class.getName() + ".lastActivity";
    static final String ACCOUNT_CHANGED = "account changed";

    private final SecurityContextHolderStrategy contexts;
    private final AppUserRepository users;
    private final SessionLimits limits;
    private final Clock clock;
    private final SecurityEventLog securityLog;

    SessionPolicyFilter(SecurityContextHolderStrategy contexts, AppUserRepository users, SessionLimits limits,
                        Clock clock, SecurityEventLog securityLog) {
        this.contexts = contexts;
        this.users = users;
        this.limits = limits;
        this.clock = clock;
        this.securityLog = securityLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null || authentication == null || !(authentication.getPrincipal() instanceof UserPrincipal user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> reason = endReason(user, session, isHeartbeat(request));
        if (reason.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        session.invalidate();
        contexts.clearContext();
        securityLog.record(SecurityEvent.SESSION_ENDED, user.email(), request.getRemoteAddr(), reason.get());
        if (isVaadinRequest(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + SessionEndedPage.PATH);
        }
    }

    private Optional<String> endReason(UserPrincipal user, HttpSession session, boolean heartbeat) {
        if (!Objects.equals(users.findSecurityVersionOfEnabled(user.userId()).orElse(null), user.securityVersion())) {
            return Optional.of(ACCOUNT_CHANGED);
        }
        Instant now = clock.instant();
        Instant loggedInAt = instant(session, LOGGED_IN_AT, now);
        Optional<String> exceeded = limits.exceeded(loggedInAt, instant(session, LAST_ACTIVITY, now), now);
        if (exceeded.isEmpty() && !heartbeat) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        return exceeded;
    }

    /** The instant stored in the session; the first request after the login stores {@code now}. */
    private static Instant instant(HttpSession session, String name, Instant now) {
        if (session.getAttribute(name) instanceof Instant stored) {
            return stored;
        }
        session.setAttribute(name, now);
        return now;
    }

    /** Vaadin's own requests (UI updates, heartbeats, uploads) carry the request type in {@code v-r}. */
    private static boolean isVaadinRequest(HttpServletRequest request) {
        return request.getParameter("v-r") != null;
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
