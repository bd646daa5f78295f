package com.activationdesk.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.activationdesk.audit.AuditSubject;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChanges;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.request.VisibleRequests;
import com.activationdesk.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail log for administrators and Cloud Ops. A mail about a request is visible only if the request is in
 * the caller's data scope ({@link VisibleRequests}, e.g. Cloud Ops: requests that reached Cloud Ops), because a
 * mail repeats the request's data — return reasons, names, addresses.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'CLOUD_OPS')")
public class MailLogService {

    private static final Logger log = LoggerFactory.getLogger(MailLogService.class);

    private final EntityManager entityManager;
    private final VisibleRequests visibleRequests;
    private final CurrentUser currentUser;
    private final OutboxStore store;
    private final ObjectProvider<SentMailCopies> sentMailCopies;
    private final AuditTrail auditTrail;
    private final Clock clock;

    MailLogService(EntityManager entityManager, VisibleRequests visibleRequests, CurrentUser currentUser, OutboxStore store,
                   ObjectProvider<SentMailCopies> sentMailCopies, AuditTrail auditTrail, Clock clock) {
        this.sentMailCopies = sentMailCopies;
        this.auditTrail = auditTrail;
        this.entityManager = entityManager;
        this.visibleRequests = visibleRequests;
        this.currentUser = currentUser;
        this.store = store;
        this.clock = clock;
    }

    /** Newest first, one page per call. */
    public List<MailLogEntry> search(MailLogFilter filter, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<MailLogEntry> query = cb.createQuery(MailLogEntry.class);
        Root<OutboxEntry> mail = query.from(OutboxEntry.class);
        query.select(cb.construct(MailLogEntry.class, mail.get("id"), mail.get("recipient"), mail.get("subject"),
                        mail.get("requestReference"), mail.get("status"), mail.get("attempts"), mail.get("lastError"),
                        mail.get("createdAt"), mail.get("sentAt"), mail.get("messageId")))
                .where(matching(filter, mail, query, cb))
                .orderBy(cb.desc(mail.get("createdAt")), cb.desc(mail.get("id")));
        return entityManager.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    public long count(MailLogFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<OutboxEntry> mail = query.from(OutboxEntry.class);
        query.select(cb.count(mail)).where(matching(filter, mail, query, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** Failed mails of the whole outbox, whatever request they are about: the administrator's dashboard. */
    @PreAuthorize("hasRole('ADMIN')")
    public long failedCount() {
        return store.countFailed();
    }

    /**
     * The mail as stored, an invitation or a password reset with the placeholder of its link; outside production,
     * a sent mail as the built-in SMTP catcher received it, so a new installation's links can be followed from the
     * log.
     */
    public MailContent content(long id) {
        OutboxEntry entry = visible(id);
        SentMailCopies copies = sentMailCopies.getIfAvailable();
        if (copies != null && entry.getStatus() == MailStatus.SENT) {
            Optional<RenderedMail> copy = copies.find(entry.getMessageId());
            if (copy.isPresent()) {
                return new MailContent(entry.getId(), copy.get().subject(), copy.get().text(), copy.get().html(),
                        null);
            }
        }
        return new MailContent(entry.getId(), entry.getSubject(), entry.getBodyText(), entry.getBodyHtml(),
                entry.getBodyRedactedAt());
    }

    /** Gives a FAILED mail a fresh series of attempts, audited; the delivery job sends it on its next run. */
    @Transactional
    public void retry(long id) {
        OutboxEntry entry = visible(id);
        if (!store.retry(entry.getId(), clock.instant())) {
            throw new DomainException("mail.error.retry-not-failed");
        }
        auditTrail.recordChange(AuditSubject.mail(entry.getId(), entry.getRecipient()), "MAIL_RETRY",
                entry.getSubject(), new FieldChanges().compare("status", MailStatus.FAILED, MailStatus.PENDING).list());
        log.info("Mail {} to {} set for retry by {}", id, entry.getRecipient(), currentUser.require().email());
    }

    private OutboxEntry visible(long id) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<OutboxEntry> query = cb.createQuery(OutboxEntry.class);
        Root<OutboxEntry> mail = query.from(OutboxEntry.class);
        query.where(cb.equal(mail.get("id"), id), inScope(mail, query, cb));
        return entityManager.createQuery(query).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("mail"));
    }

    private Predicate[] matching(MailLogFilter filter, Root<OutboxEntry> mail, CriteriaQuery<?> query,
                                 CriteriaBuilder cb) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(inScope(mail, query, cb));
        if (filter.status() != null) {
            predicates.add(cb.equal(mail.get("status"), filter.status()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // The columns' collation is case-insensitive; a leading wildcard scans, acceptable for a log view.
            String pattern = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            predicates.add(cb.or(cb.like(mail.get("recipient"), pattern, '\\'),
                    cb.like(mail.get("subject"), pattern, '\\'),
                    cb.like(mail.get("requestReference"), pattern, '\\')));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** Mails without a request, or about a request the caller may see. */
    private Predicate inScope(Root<OutboxEntry> mail, CriteriaQuery<?> query, CriteriaBuilder cb) {
        return cb.or(cb.isNull(mail.get("requestId")), visibleRequests.contain(mail.get("requestId"), query, cb));
    }
}
