package com.activationdesk.organization.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.InputValidator;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.base.securitylog.ClientAddress;
import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import com.activationdesk.organization.UserAccountChanged.Change;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.AdminAudit.UserState;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User administration (ADMIN only) and the few things users change about themselves. */
@Service
@Transactional
public class UserService {

    private final AppUserRepository users;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator inputValidator;
    private final PasswordPolicy passwordPolicy;
    private final SecurityEventLog securityLog;
    private final Clock clock;
    private final AccountChanges accountChanges;
    private final AdminAudit audit;
    private final PasswordGuesses passwordGuesses;

    UserService(AppUserRepository users, OrganizationRepository organizations, PasswordEncoder passwordEncoder,
                InputValidator inputValidator, PasswordPolicy passwordPolicy, SecurityEventLog securityLog,
                Clock clock, AccountChanges accountChanges, AdminAudit audit, PasswordGuesses passwordGuesses) {
        this.audit = audit;
        this.passwordGuesses = passwordGuesses;
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.inputValidator = inputValidator;
        this.passwordPolicy = passwordPolicy;
        this.securityLog = securityLog;
        this.clock = clock;
        this.accountChanges = accountChanges;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserRow> find(UserFilter filter, Pageable pageable) {
        return users.findAll(specification(filter), pageable).map(this::toRow).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(UserFilter filter) {
        return users.count(specification(filter));
    }

    /** Enabled users with the role, e.g. the CAMs an admin can assign to a tier-1 partner. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserRow> findEnabledByRole(Role role) {
        return users.findByRoleAndEnabledTrueOrderByDisplayName(role).stream().map(this::toRow).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserRow create(UserForm form, String initialPassword) {
        inputValidator.validate(form);
        String email = AppUser.normalizeEmail(form.email());
        if (users.existsByEmail(email)) {
            throw new FieldValidationException("email", "user.error.duplicate-email", email);
        }
        passwordPolicy.check(initialPassword, email);
        Organization organization = organizationMatching(form.role(), form.organizationId());
        AppUser user = new AppUser(email, form.displayName().trim(), passwordEncoder.encode(initialPassword),
                form.role(), organization);
        user.setPassword(user.getPasswordHash(), false); // the admin knows it: the user must choose their own
        user.setPreferredLanguage(form.preferredLanguage());
        return audited(user, "USER_CREATE", UserState.NONE);
    }

    /** Changes name, e-mail, language, role and organisation together; {@code version} guards against lost updates. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserRow update(long userId, long version, UserForm form) {
        inputValidator.validate(form);
        AppUser user = load(userId, version);
        UserState before = UserState.of(user);
        String email = AppUser.normalizeEmail(form.email());
        if (!email.equals(user.getEmail()) && users.existsByEmail(email)) {
            throw new FieldValidationException("email", "user.error.duplicate-email", email);
        }
        if (user.getRole() != form.role() || !user.getOrganization().getId().equals(form.organizationId())) {
            ensureNotAssignedManager(user, form.role());
            user.assign(form.role(), organizationMatching(form.role(), form.organizationId()));
            accountChanges.changed(user, Change.ROLE_OR_ORGANIZATION_CHANGED);
        } else if (!email.equals(user.getEmail())) {
            accountChanges.changed(user, Change.EMAIL_CHANGED); // the login name the sessions were opened with
        }
        user.setEmail(email);
        user.setDisplayName(form.displayName().trim());
        user.setPreferredLanguage(form.preferredLanguage());
        return audited(user, "USER_UPDATE", before);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserRow setEnabled(long userId, long version, boolean enabled) {
        AppUser user = load(userId, version);
        UserState before = UserState.of(user);
        boolean disabling = user.isEnabled() && !enabled;
        user.setEnabled(enabled);
        if (disabling) {
            accountChanges.changed(user, Change.DISABLED);
        }
        return audited(user, enabled ? "USER_ENABLE" : "USER_DISABLE", before);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserRow resetPassword(long userId, long version, String newPassword) {
        AppUser user = load(userId, version);
        passwordPolicy.check(newPassword, user.getEmail());
        user.setPassword(passwordEncoder.encode(newPassword), false); // the admin knows it
        securityLog.record(SecurityEvent.PASSWORD_CHANGED, user.getEmail(), ClientAddress.current(),
                "set by admin " + actingAdmin());
        accountChanges.changed(user, Change.PASSWORD_RESET_BY_ADMIN);
        AppUser saved = users.saveAndFlush(user);
        audit.passwordReset(saved);
        return toRow(saved);
    }

    /** Lets a user locked by failed logins in again before the lock runs out. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserRow unlock(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        Instant lockedUntil = user.getLockedUntil();
        users.clearFailedLogins(user.getEmail());
        audit.unlock(user, lockedUntil);
        securityLog.record(SecurityEvent.ACCOUNT_UNLOCKED, user.getEmail(), ClientAddress.current(),
                "by admin " + actingAdmin());
        return toRow(users.findById(userId).orElseThrow());
    }

    /**
     * Any logged-in user changes their own password, proving they know the current one. A wrong current password
     * counts as a failed login of the account and the client address, and while either is locked no password is
     * checked. Every other session of the user ends; the one the change was made in continues (security module).
     *
     * @throws FieldValidationException at {@code currentPassword} or {@code password}
     */
    @PreAuthorize("isAuthenticated() and #userId == principal.userId()")
    public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        String address = ClientAddress.current();
        if (passwordGuesses.locked(user.getEmail(), address)) {
            securityLog.record(SecurityEvent.PASSWORD_CHANGED, user.getEmail(), address,
                    "refused: account or client address locked");
            throw new FieldValidationException("currentPassword", "password.error.current-locked");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            securityLog.record(SecurityEvent.PASSWORD_CHANGED, user.getEmail(), address,
                    "refused: wrong current password");
            passwordGuesses.wrong(user.getEmail(), address);
            throw new FieldValidationException("currentPassword", "password.error.current-wrong");
        }
        passwordPolicy.check(newPassword, user.getEmail());
        user.setPassword(passwordEncoder.encode(newPassword), true);
        accountChanges.changed(user, Change.OWN_PASSWORD_CHANGED);
        users.saveAndFlush(user);
        users.clearFailedLogins(user.getEmail()); // the right password, as after a successful login
        securityLog.record(SecurityEvent.PASSWORD_CHANGED, user.getEmail(), address, "by the user");
    }

    /** Whether the user still has to replace a password an admin or the bootstrap set. */
    @PreAuthorize("isAuthenticated() and #userId == principal.userId()")
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired(long userId) {
        return users.findById(userId).map(AppUser::isPasswordChangeRequired).orElse(false);
    }

    /** Any logged-in user may remember their own language; nobody else's. */
    @PreAuthorize("isAuthenticated() and #userId == principal.userId()")
    public void changeOwnLanguage(long userId, String language) {
        if (!"de".equals(language) && !"en".equals(language)) {
            throw new FieldValidationException("preferredLanguage", "validation.language");
        }
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        user.setPreferredLanguage(language);
    }

    private static String actingAdmin() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    /** Saves the admin's change and records it, with the audited fields that changed, in the same transaction. */
    private UserRow audited(AppUser user, String action, UserState before) {
        AppUser saved = users.saveAndFlush(user);
        audit.user(saved, action, before);
        return toRow(saved);
    }

    private AppUser load(long userId, long version) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        if (user.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return user;
    }

    private Organization organizationMatching(Role role, long organizationId) {
        Organization organization = organizations.findById(organizationId)
                .orElseThrow(() -> new FieldValidationException("organizationId", "user.error.organization-missing"));
        if (organization.getType() != role.organizationType()) {
            // Role and type names are messages themselves: the message source translates such arguments.
            throw new FieldValidationException("organizationId", "user.error.role-organization-mismatch",
                    new DefaultMessageSourceResolvable(role.messageKey()),
                    new DefaultMessageSourceResolvable(role.organizationType().messageKey()));
        }
        return organization;
    }

    /** A CAM/DAM still assigned to organisations cannot silently become something else. */
    private void ensureNotAssignedManager(AppUser user, Role newRole) {
        if (user.getRole() == newRole) {
            return;
        }
        Specification<Organization> assigned = (root, query, cb) -> cb.or(
                cb.equal(root.get("cam"), user), cb.equal(root.get("dam"), user));
        if (organizations.count(assigned) > 0) {
            throw new DomainException("user.error.still-assigned", user.getDisplayName());
        }
    }

    private Specification<AppUser> specification(UserFilter filter) {
        return (root, query, cb) -> {
            if (query != null && Long.class != query.getResultType()) {
                root.fetch("organization", JoinType.INNER); // no lazy load per row
            }
            List<Predicate> predicates = new ArrayList<>();
            if (filter.role() != null) {
                predicates.add(cb.equal(root.get("role"), filter.role()));
            }
            if (filter.organizationId() != null) {
                predicates.add(cb.equal(root.get("organization").get("id"), filter.organizationId()));
            }
            if (filter.lockedOnly()) {
                predicates.add(cb.greaterThan(root.get("lockedUntil"), clock.instant()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().trim().toLowerCase() + "%";
                predicates.add(cb.or(cb.like(root.get("email"), like), cb.like(cb.lower(root.get("displayName")), like)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private UserRow toRow(AppUser user) {
        Organization organization = user.getOrganization();
        return new UserRow(user.getId(), user.getVersion(), user.getEmail(), user.getDisplayName(), user.getRole(),
                organization.getId(), organization.getName(), organization.getType(), user.getPreferredLanguage(),
                user.isEnabled(), user.isLocked(clock.instant()));
    }
}
