package com.activationdesk.mail;

/**
 * Which secret link a stored mail gets when it is handed to SMTP: at most one of an invitation or a password reset,
 * each stored with its placeholder in place of the link (docs/activation-tokens.md).
 */
record MintedLink(Long invitationId, Long passwordResetId) {

    static final MintedLink NONE = new MintedLink(null, null);

    static MintedLink invitation(long invitationId) {
        return new MintedLink(invitationId, null);
    }

    static MintedLink passwordReset(long resetId) {
        return new MintedLink(null, resetId);
    }
}
