package com.activationdesk.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import com.activationdesk.audit.AuditActor;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as the services see it: identity, role and organisation. Data scopes are derived from
 * this, never from anything the UI passes in. The password hash is there only while the login checks it: Spring
 * Security erases it right after, so the principal kept in the session holds no hash. {@code securityVersion} is
 * the account's security stamp at login; a session whose stamp is outdated ends ({@link SessionPolicyFilter}).
 */
public final class UserPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String email;
    private final String displayName;
    private final boolean enabled;
    private final Role role;
    private final long organizationId;
    private final String organizationName;
    private final OrganizationType organizationType;
    private final String preferredLanguage;
    private final long securityVersion;
    /** Whether the account had to replace its password at login ({@link PasswordChangeGuard}). */
    private final boolean passwordChangeRequired;
    /** The API token the user acts through ("via API, token …" in the audit), {@code null} for a login. */
    private final String apiToken;
    private String passwordHash;

    private UserPrincipal(AppUser user, String apiToken) {
        this.userId = user.getId();
        this.email = user.getEmail();
        this.displayName = user.getDisplayName();
        this.passwordHash = user.getPasswordHash();
        this.enabled = user.isEnabled();
        this.role = user.getRole();
        this.organizationId = user.getOrganization().getId();
        this.organizationName = user.getOrganization().getName();
        this.organizationType = user.getOrganization().getType();
        this.preferredLanguage = user.getPreferredLanguage();
        this.securityVersion = user.getSecurityVersion();
        this.passwordChangeRequired = user.isPasswordChangeRequired();
        this.apiToken = apiToken;
    }

    static UserPrincipal of(AppUser user) {
        return new UserPrincipal(user, null);
    }

    /**
     * A technical user acting through an API token: the same role, organisation and data scope as the user, no
     * password. {@code tokenLabel} names the token (its name and prefix, never the secret).
     */
    public static UserPrincipal viaApiToken(AppUser user, String tokenLabel) {
        UserPrincipal principal = new UserPrincipal(user, tokenLabel);
        principal.passwordHash = null;
        return principal;
    }

    /** The same login with the account's raised security stamp: the session that raised it stays valid. */
    UserPrincipal withSecurityVersion(long newSecurityVersion) {
        return new UserPrincipal(this, newSecurityVersion);
    }

    private UserPrincipal(UserPrincipal login, long securityVersion) {
        this.userId = login.userId;
        this.email = login.email;
        this.displayName = login.displayName;
        this.passwordHash = null;
        this.enabled = login.enabled;
        this.role = login.role;
        this.organizationId = login.organizationId;
        this.organizationName = login.organizationName;
        this.organizationType = login.organizationType;
        this.preferredLanguage = login.preferredLanguage;
        this.securityVersion = securityVersion;
        this.passwordChangeRequired = login.passwordChangeRequired;
        this.apiToken = login.apiToken;
    }

    public long userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public long organizationId() {
        return organizationId;
    }

    public String organizationName() {
        return organizationName;
    }

    public OrganizationType organizationType() {
        return organizationType;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public long securityVersion() {
        return securityVersion;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /**
     * Who acted, as the audit entry names the actor: the e-mail, with "via API, token …" for an API call (cut to
     * the column's 254 characters).
     */
    public String auditName() {
        if (apiToken == null) {
            return email;
        }
        String name = email + AuditActor.VIA_API_TOKEN + apiToken;
        return name.length() <= 254 ? name : name.substring(0, 254);
    }

    public boolean hasRole(Role other) {
        return role == other;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    /** The hash while the login checks it; {@code null} afterwards. */
    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** One account is one principal, whatever was read at which login. */
    @Override
    public boolean equals(Object other) {
        return other instanceof UserPrincipal principal && principal.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "UserPrincipal[" + userId + ", " + email + ", " + role + "]"; // never the hash
    }
}
