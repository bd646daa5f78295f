package com.activationdesk.security;

import java.util.function.Supplier;

import com.activationdesk.base.securitylog.ClientAddress;
import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Spring Security's own events into the security log: logouts, and every refusal of {@code @PreAuthorize} in the
 * services (a role lacking). Logins are logged where they are checked ({@link ThrottledAuthenticationProvider}).
 */
@Configuration
class SecurityEventRecorder {

    private final SecurityEventLog securityLog;

    SecurityEventRecorder(SecurityEventLog securityLog) {
        this.securityLog = securityLog;
    }

    /** Without a publisher bean, method security refuses silently. It publishes refusals only, never grants. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @EventListener
    void on(LogoutSuccessEvent logout) {
        Authentication user = logout.getAuthentication();
        String address = user.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : ClientAddress.current();
        securityLog.record(SecurityEvent.LOGOUT, user.getName(), address, null);
    }

    /**
     * A logged-in user refused by method security. Anonymous refusals are the login redirect of every first
     * visit, not an attack: left out.
     */
    @EventListener
    void on(AuthorizationDeniedEvent<?> denied) {
        Supplier<Authentication> authentication = denied.getAuthentication();
        Authentication user = authentication.get();
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            return;
        }
        String what = denied.getSource() instanceof MethodInvocation call
                ? call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                : denied.getSource().getClass().getSimpleName();
        securityLog.record(SecurityEvent.ACCESS_DENIED, user.getName(), ClientAddress.current(), "role: " + what);
    }
}
