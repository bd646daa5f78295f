package com.activationdesk.audit;

/** What an audit entry is about. A request's entries form its timeline; the others are admin changes. */
public enum AuditSubjectType {
    REQUEST, USER, ORGANIZATION, REGISTER, MAIL
}
