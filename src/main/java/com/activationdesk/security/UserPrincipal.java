package com.activationdesk.security;

import java.util.Collection;
import java.util.List;

import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as the services see it: identity, role and organisation. Data scopes are derived from
 * this, never from anything the UI passes in.
 */
public record UserPrincipal(long userId, String email, String displayName, String passwordHash, boolean enabled,
                            Role role, long organizationId, String organizationName,
                            OrganizationType organizationType, String preferredLanguage) implements UserDetails {

    static UserPrincipal of(AppUser user) {
        return new UserPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), user.getPasswordHash(),
                user.isEnabled(), user.getRole(), user.getOrganization().getId(), user.getOrganization().getName(),
                user.getOrganization().getType(), user.getPreferredLanguage());
    }

    public boolean hasRole(Role other) {
        return role == other;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "UserPrincipal[" + userId + ", " + email + ", " + role + "]"; // never the hash
    }
}
