package com.activationdesk.organization.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.activationdesk.audit.AuditSubject;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.audit.FieldChanges;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import org.springframework.stereotype.Component;

/**
 * The audit entries of user and organisation administration: the audited fields of each, compared before and after
 * a change, written in the change's transaction. A password is never a field: its reset is recorded as such.
 */
@Component
class AdminAudit {

    private final AuditTrail auditTrail;

    AdminAudit(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    /** What an audit entry compares of a user; {@link #NONE} before it was created. */
    record UserState(String email, String displayName, String role, String organization, String language,
                     Boolean enabled) {

        static final UserState NONE = new UserState(null, null, null, null, null, null);

        static UserState of(AppUser user) {
            return new UserState(user.getEmail(), user.getDisplayName(), user.getRole().name(),
                    user.getOrganization().getName(), user.getPreferredLanguage(), user.isEnabled());
        }
    }

    /** What an audit entry compares of an organisation; managers and distributors by name, as an admin knows them. */
    record OrganizationState(String name, String type, String tier, String country, String cam, String dam,
                             String distributors) {

        static final OrganizationState NONE = new OrganizationState(null, null, null, null, null, null, null);

        static OrganizationState of(Organization organization) {
            return new OrganizationState(organization.getName(), organization.getType().name(),
                    organization.getTier() == null ? null : organization.getTier().name(), organization.getCountry(),
                    manager(organization.getCam()), manager(organization.getDam()),
                    names(organization.getDistributors()));
        }

        private static String names(Set<Organization> distributors) {
            return distributors.isEmpty() ? null : distributors.stream().map(Organization::getName)
                    .sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
        }

        private static String manager(AppUser user) {
            return user == null ? null : user.getDisplayName() + " <" + user.getEmail() + ">";
        }
    }

    /** One entry for a change of the user, unless nothing audited changed (then there was no change to record). */
    void user(AppUser user, String action, UserState before) {
        UserState after = UserState.of(user);
        List<FieldChange> changes = new FieldChanges()
                .compare("email", before.email(), after.email())
                .compare("displayName", before.displayName(), after.displayName())
                .compare("role", before.role(), after.role())
                .compare("organization", before.organization(), after.organization())
                .compare("preferredLanguage", before.language(), after.language())
                .compare("enabled", before.enabled(), after.enabled())
                .list();
        if (!changes.isEmpty()) {
            auditTrail.recordChange(AuditSubject.user(user.getId(), user.getEmail()), action, null, changes);
        }
    }

    /** A reset by an admin: the entry says so and holds no value (neither password nor hash belongs in a log). */
    /** An admin ended a lock-out: the lock's end before, none after. */
    void unlock(AppUser user, Instant lockedUntil) {
        auditTrail.recordChange(AuditSubject.user(user.getId(), user.getEmail()), "USER_UNLOCK", null,
                List.of(new FieldChange("lockedUntil", lockedUntil == null ? null : lockedUntil.toString(), null)));
    }

    void passwordReset(AppUser user) {
        auditTrail.recordChange(AuditSubject.user(user.getId(), user.getEmail()), "USER_PASSWORD_RESET", null,
                List.of());
    }

    /** One entry for a change of the organisation, unless nothing audited changed. */
    void organization(Organization organization, String action, OrganizationState before) {
        OrganizationState after = OrganizationState.of(organization);
        List<FieldChange> changes = new FieldChanges()
                .compare("name", before.name(), after.name())
                .compare("type", before.type(), after.type())
                .compare("tier", before.tier(), after.tier())
                .compare("country", before.country(), after.country())
                .compare("cam", before.cam(), after.cam())
                .compare("dam", before.dam(), after.dam())
                .compare("distributors", before.distributors(), after.distributors())
                .list();
        if (!changes.isEmpty()) {
            auditTrail.recordChange(AuditSubject.organization(organization.getId(), organization.getName()), action,
                    null, changes);
        }
    }
}
