package com.activationdesk.mail;

/** The mail log's route, for links from other modules (the admin dashboard's failure count). */
public final class MailLinks {

    public static final String LOG_ROUTE = "mail-log";

    private MailLinks() {
    }

    /** The log of mails in one status. */
    public static String log(MailStatus status) {
        return LOG_ROUTE + "?status=" + status.name();
    }
}
