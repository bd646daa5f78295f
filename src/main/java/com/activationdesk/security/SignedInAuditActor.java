package com.activationdesk.security;

import java.util.Optional;

import com.activationdesk.audit.AuditActor;
import com.activationdesk.audit.CurrentAuditActor;
import org.springframework.stereotype.Component;

/** The logged-in user as the actor of audit entries that modules record without knowing the security module. */
@Component
class SignedInAuditActor implements CurrentAuditActor {

    private final CurrentUser currentUser;

    SignedInAuditActor(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<AuditActor> current() {
        return currentUser.find().map(user -> new AuditActor(user.userId(), user.auditName(), user.role().name(),
                user.organizationId(), user.organizationName()));
    }
}
