package com.activationdesk.security;

import com.activationdesk.base.securitylog.ClientAddress;
import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;

/**
 * Vaadin's view access check (the roles on each view), unchanged, plus a security-log entry when it refuses a
 * logged-in user a view they navigated to. The menu asks the same checker without navigating: not logged.
 */
class LoggingViewAccessChecker extends AnnotatedViewAccessChecker {

    private final transient SecurityEventLog securityLog;

    LoggingViewAccessChecker(AccessAnnotationChecker annotations, SecurityEventLog securityLog) {
        super(annotations);
        this.securityLog = securityLog;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        AccessCheckResult result = super.check(context);
        if (result.decision() == AccessCheckDecision.DENY && context.getPrincipal() != null
                && context.isNavigating() && !context.isErrorHandling()) {
            securityLog.record(SecurityEvent.ACCESS_DENIED, context.getPrincipal().getName(),
                    ClientAddress.current(), "view: " + context.getNavigationTarget().getSimpleName());
        }
        return result;
    }
}
