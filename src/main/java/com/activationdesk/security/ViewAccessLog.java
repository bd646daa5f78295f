package com.activationdesk.security;

import java.io.Serial;
import java.util.List;

import com.activationdesk.base.securitylog.ClientAddress;
import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts a logged-in user's navigation to a view their role may not open into the security log (who, which view and
 * route, from where). Vaadin's supported hook for this is the decision resolver of its navigation access control,
 * configured through a {@link NavigationAccessControlConfigurer} bean: it sees the final verdict of every checker
 * (Vaadin picks its checkers by exact class, so a subclass of a checker would never be used). The access rules
 * stay Vaadin's own: the annotated view checker and the default resolver. Menu rendering asks the same rules
 * without navigating: not logged. Anonymous refusals are the login redirect of every first visit: not logged.
 */
@Configuration(proxyBeanMethods = false)
class ViewAccessLog {

    /** Static: the navigation access control is built before the security configuration's own beans. */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(SecurityEventLog securityLog) {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withDecisionResolver(new LoggingResolver(new DefaultAccessCheckDecisionResolver(), securityLog));
    }

    private record LoggingResolver(AccessCheckDecisionResolver rules, SecurityEventLog securityLog)
            implements AccessCheckDecisionResolver {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
            AccessCheckResult result = rules.resolve(results, context);
            boolean refused = result.decision() == AccessCheckDecision.DENY
                    || result.decision() == AccessCheckDecision.REJECT;
            if (refused && context.isNavigating() && !context.isErrorHandling() && context.getPrincipal() != null) {
                securityLog.record(SecurityEvent.ACCESS_DENIED, context.getPrincipal().getName(),
                        ClientAddress.current(), "view: " + context.getNavigationTarget().getSimpleName()
                                + " at /" + context.getLocation().getPath());
            }
            return result;
        }
    }
}
