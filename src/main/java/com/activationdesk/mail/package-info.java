/**
 * Outgoing mail: a transactional outbox (mails rendered and stored in the transaction of the change that causes
 * them, delivered by a scheduled job with retries), the invitation mail, the workflow notifications, the SLA
 * alerts, the mail log and, outside production, an SMTP catcher inside the app. Listens to the request and
 * invitation modules; nothing depends on it except through {@link com.activationdesk.mail.MailOutbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package com.activationdesk.mail;
