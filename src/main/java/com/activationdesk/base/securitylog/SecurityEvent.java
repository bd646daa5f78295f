package com.activationdesk.base.securitylog;

/** What happened, as a stable name an operator can filter on in the logs. */
public enum SecurityEvent {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    SESSION_ENDED,
    ACCESS_DENIED,
    ACTIVATION_LINK_REFUSED,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET_LINK_REFUSED,
    API_TOKEN_REFUSED
}
