package com.activationdesk.mail;

/**
 * The kinds of notification mail. Each has a subject and a message in the mail bundle
 * ({@code mail.notice.<key>.subject}/{@code .message}, arguments: see {@link NotificationMails#send}); some carry
 * the transition's comment under a label, and the invitation notice carries the spam-folder advice.
 */
enum Notice {
    DISTRIBUTOR_NEW_REQUEST("distributor-new-request", "mail.label.comment"),
    MANAGER_NEW_REQUEST("manager-new-request", "mail.label.comment"),
    MANAGER_PASSED_BY_DISTRIBUTOR("manager-passed", "mail.label.comment"),
    MANAGER_QUESTION("manager-question", "mail.label.question"),
    MANAGER_RESEND_DUE("manager-resend-due", null),
    PARTNER_RETURNED("partner-returned", "mail.label.reason"),
    PARTNER_REJECTED("partner-rejected", "mail.label.reason"),
    PARTNER_FORWARDED("partner-forwarded", null),
    PARTNER_INVITATION_SENT("partner-invitation-sent", null),
    PARTNER_INVITATION_EXPIRED("partner-invitation-expired", null),
    ACTIVATED("activated", null),
    CLOUD_OPS_NEW_REQUEST("cloud-ops-new-request", "mail.label.comment"),
    CLOUD_OPS_RESEND_REQUESTED("cloud-ops-resend-requested", "mail.label.comment"),
    SLA_AT_RISK("sla-at-risk", null),
    SLA_BREACHED("sla-breached", null),
    SCREENING_MATCH("screening-match", null);

    private final String key;
    /** Label of the transition's comment in the mail; {@code null}: the comment is not shown. */
    private final String commentLabelKey;

    Notice(String key, String commentLabelKey) {
        this.key = key;
        this.commentLabelKey = commentLabelKey;
    }

    String subjectKey() {
        return "mail.notice." + key + ".subject";
    }

    String messageKey() {
        return "mail.notice." + key + ".message";
    }

    String commentLabelKey() {
        return commentLabelKey;
    }

    boolean withSpamAdvice() {
        return this == PARTNER_INVITATION_SENT;
    }
}
