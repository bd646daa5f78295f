/**
 * Outgoing mail: a transactional outbox (mails rendered and stored in the transaction of the change that causes
 * them, delivered by a scheduled job with retries), the invitation mail, the workflow notifications, the SLA
 * alerts, the screening alerts, the mail log and, outside production, an SMTP catcher inside the app. Listens to the request and
 * invitation modules; others use it only through this package (e.g. the mail log's counts for the dashboard).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = {
        "audit", "base :: domain", "base :: i18n", "base :: metrics", "base :: scheduling", "base :: ui", "invitation",
        "organization",
        "organization :: domain", "request", "request :: details", "screening", "security", "sla"})
package com.activationdesk.mail;
