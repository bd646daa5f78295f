package com.activationdesk.api.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates each API call by its bearer token, for this call only (no session): the token's user becomes the
 * principal, so method security, data scope and audit apply as in the UI. Refuses a missing, unknown, revoked or
 * expired token (401, security-logged), a read-only token on a change (403), a token over its rate (429 with
 * Retry-After) and a body over the size limit (413), each as a problem.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final RateLimiter rateLimiter;
    private final ApiProblems problems;
    private final SecurityEventLog securityLog;
    private final SecurityContextHolderStrategy contexts;
    private final long maxBodyBytes;

    BearerTokenFilter(ApiTokens tokens, RateLimiter rateLimiter, ApiProblems problems, SecurityEventLog securityLog,
                      SecurityContextHolderStrategy contexts, long maxBodyBytes) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
        this.securityLog = securityLog;
        this.contexts = contexts;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(request, response, "missing", null);
            return;
        }
        ApiTokens.Authentication outcome = tokens.authenticate(header.substring(BEARER.length()).trim());
        if (outcome.token() == null) {
            refuse(request, response, outcome.refusal(), outcome.who());
            return;
        }
        ApiTokens.ActingToken token = outcome.token();
        long retryAfter = rateLimiter.acquire(token.tokenId());
        if (retryAfter > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            problems.write(response, problems.problem(request, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "api.problem.rate-limited.detail", retryAfter));
            return;
        }
        if (!token.scopes().mayWrite() && !isRead(request)) {
            securityLog.record(SecurityEvent.ACCESS_DENIED, token.principal().email(), request.getRemoteAddr(),
                    "read-only API token " + token.label() + " on " + request.getMethod());
            problems.write(response, problems.problem(request, HttpStatus.FORBIDDEN, "read-only-token",
                    "api.problem.read-only-token.detail"));
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            problems.write(response, problems.problem(request, HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "api.problem.body-too-large.detail", maxBodyBytes));
            return;
        }
        request.setAttribute(ApiCall.TOKEN_ID, token.tokenId());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(token.principal(), null,
                token.principal().getAuthorities()));
        // The chain reads this context's strategy, services (CurrentUser) the global holder; they are the same
        // object unless a second Spring context in the JVM (tests) installed its own globally.
        List<SecurityContextHolderStrategy> holders =
                Stream.of(contexts, SecurityContextHolder.getContextHolderStrategy()).distinct().toList();
        holders.forEach(holder -> holder.setContext(context));
        try {
            chain.doFilter(request, response);
        } finally {
            holders.forEach(SecurityContextHolderStrategy::clearContext);
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String reason, String who)
            throws IOException {
        securityLog.record(SecurityEvent.API_TOKEN_REFUSED, who, request.getRemoteAddr(), "API token " + reason);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"activation-desk\"");
        problems.write(response, problems.problem(request, HttpStatus.UNAUTHORIZED, "unauthorized",
                "api.problem.unauthorized." + reason));
    }
}
