package com.activationdesk.mail;

/** A template rendered for one recipient: what is stored in the outbox and sent unchanged on every attempt. */
record RenderedMail(String subject, String text, String html) {
}
