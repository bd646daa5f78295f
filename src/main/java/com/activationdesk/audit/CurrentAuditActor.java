package com.activationdesk.audit;

import java.util.Optional;

/**
 * Who is acting in the current request, as an audit actor. Implemented by the security module (which knows the
 * logged-in user), so the audit module and the modules that record admin changes need not depend on it.
 */
public interface CurrentAuditActor {

    /** Empty when nobody is logged in (a job): the entry is then the system's. */
    Optional<AuditActor> current();
}
