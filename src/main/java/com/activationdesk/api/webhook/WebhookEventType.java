package com.activationdesk.api.webhook;

import java.util.Arrays;
import java.util.Optional;

import com.activationdesk.request.domain.RequestAction;

/** What a webhook tells, as stable names; each is one or more moves of the workflow. */
public enum WebhookEventType {
    SUBMITTED("request.submitted"),
    RETURNED("request.returned"),
    FORWARDED("request.forwarded"),
    REJECTED("request.rejected"),
    INVITATION_SENT("invitation.sent"),
    INVITATION_EXPIRED("invitation.expired"),
    ACTIVATED("request.activated"),
    CO_ADMINISTRATOR_ADDED("coadministrator.added");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    /** The event a move causes, if partners are told about it at all. */
    static Optional<WebhookEventType> of(RequestAction action) {
        return Optional.ofNullable(switch (action) {
            case SUBMIT -> SUBMITTED;
            case RETURN -> RETURNED;
            case FORWARD_TO_CLOUD_OPS -> FORWARDED;
            case REJECT -> REJECTED;
            case PROVISION_AND_INVITE, RESEND_INVITATION -> INVITATION_SENT;
            case EXPIRE_INVITATION -> INVITATION_EXPIRED;
            case ACTIVATE -> ACTIVATED;
            case ADD_CO_ADMIN -> CO_ADMINISTRATOR_ADDED;
            default -> null;
        });
    }
}
