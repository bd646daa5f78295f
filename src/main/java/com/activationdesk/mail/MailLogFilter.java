package com.activationdesk.mail;

/**
 * @param status {@code null} for every status
 * @param text   part of the recipient, subject or request reference; blank for no text filter
 */
public record MailLogFilter(MailStatus status, String text) {

    public static final MailLogFilter ALL = new MailLogFilter(null, null);
}
