package com.activationdesk.security;

import com.activationdesk.base.securitylog.ClientAddress;
import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import com.activationdesk.organization.UserAccountChanged;
import com.activationdesk.organization.domain.AppUserRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records when an account change ended a user's sessions. The sessions themselves end at their next request
 * ({@link SessionPolicyFilter}), on whichever instance holds them; after the commit only, because a rolled-back
 * change ends nothing. A user who changed their own password keeps the session they did it in: it takes the new
 * security stamp and a new session id (whoever knew the old id is out), every other session of theirs ends.
 */
@Component
class AccountChangeListener {

    private final SecurityEventLog securityLog;
    private final AppUserRepository users;
    private final SecurityContextHolderStrategy contexts;

    AccountChangeListener(SecurityEventLog securityLog, AppUserRepository users,
                          ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.securityLog = securityLog;
        this.users = users;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @TransactionalEventListener
    void on(UserAccountChanged change) {
        if (change.change() == UserAccountChanged.Change.OWN_PASSWORD_CHANGED && renewCurrentSession(change.userId())) {
            securityLog.record(SecurityEvent.SESSION_ENDED, change.email(), ClientAddress.current(),
                    "other sessions ended: own password changed; this one goes on with a new session id");
            return;
        }
        securityLog.record(SecurityEvent.SESSION_ENDED, change.email(), null,
                "all sessions ended: " + change.change().name().toLowerCase().replace('_', ' '));
    }

    /** @return false if the current login is not the user's (or the account is disabled by now) */
    private boolean renewCurrentSession(long userId) {
        Authentication current = contexts.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof UserPrincipal login) || login.userId() != userId) {
            return false;
        }
        Long stamp = users.findSecurityVersionOfEnabled(userId).orElse(null);
        if (stamp == null) {
            return false;
        }
        UserPrincipal renewed = login.withSecurityVersion(stamp);
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                renewed, null, renewed.getAuthorities());
        authentication.setDetails(current.getDetails());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                request.changeSessionId();
            }
        }
        return true;
    }
}
