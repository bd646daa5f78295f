package com.activationdesk.audit;

/**
 * The subject of an audit entry, copied at the time of the change (a later rename does not change history).
 *
 * @param id    the subject's row id; {@code null} for a subject without a row (the Unify Video register)
 * @param label what a reader recognises it by: a request's reference, an e-mail, a name, a file name
 */
public record AuditSubject(AuditSubjectType type, Long id, String label) {

    public AuditSubject {
        if (type == null) {
            throw new IllegalArgumentException("An audit subject needs a type");
        }
        if (type == AuditSubjectType.REQUEST && (id == null || id <= 0)) {
            throw new IllegalArgumentException("An audit record needs the request's id");
        }
    }

    public static AuditSubject request(long id, String reference) {
        return new AuditSubject(AuditSubjectType.REQUEST, id, reference);
    }

    public static AuditSubject user(long id, String email) {
        return new AuditSubject(AuditSubjectType.USER, id, email);
    }

    public static AuditSubject organization(long id, String name) {
        return new AuditSubject(AuditSubjectType.ORGANIZATION, id, name);
    }

    /** The register has no row of its own: an import is known by its file. */
    public static AuditSubject register(String fileName) {
        return new AuditSubject(AuditSubjectType.REGISTER, null, fileName);
    }

    public static AuditSubject mail(long id, String recipient) {
        return new AuditSubject(AuditSubjectType.MAIL, id, recipient);
    }

    public boolean isRequest() {
        return type == AuditSubjectType.REQUEST;
    }
}
