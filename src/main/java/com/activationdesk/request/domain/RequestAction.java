package com.activationdesk.request.domain;

import org.springframework.modulith.NamedInterface;


/** What someone can do to a request. Whether they may, from which status, and where it leads: {@link Workflow}. */
@NamedInterface("action")
public enum RequestAction {
    /** Creates a draft: the one move without a from-status ({@link Workflow#mayCreate}). */
    CREATE,
    EDIT,
    SUBMIT,
    PASS_TO_DAM,
    RETURN,
    FORWARD_TO_CLOUD_OPS,
    REJECT,
    WITHDRAW,
    ASK_MANAGER,
    PROVISION_AND_INVITE,
    EXPIRE_INVITATION,
    REQUEST_RESEND,
    RESEND_INVITATION,
    ACTIVATE,
    ADD_CO_ADMIN,
    REMOVE_CO_ADMIN;

    public String messageKey() {
        return "request.action." + name();
    }
}
