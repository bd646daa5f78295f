package com.activationdesk.api.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.activationdesk.audit.AuditSubject;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.LinkSecret;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: the vendor admin issues them for technical users (shown once, stored as a hash), lists and revokes
 * them; the API's filter turns a presented secret into the token's user. Issue and revocation are audited on the
 * user they act as.
 */
@Service
@Transactional
public class ApiTokens {

    /** The secret's shape: "adk_" and 43 characters of base64url (256 random bits). */
    static final String SECRET_PREFIX = "adk_";
    private static final int SHOWN_PREFIX = 12;
    private static final int MAX_NAME = 100;
    private static final int MAX_VALID_DAYS = 730;
    /** Roles whose work the API offers; admins and customer admins use the UI. */
    private static final Set<Role> API_ROLES = EnumSet.of(Role.PARTNER, Role.DISTRIBUTOR, Role.CAM, Role.DAM,
            Role.CLOUD_OPS);
    private static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AppUserRepository users, AuditTrail auditTrail, CurrentUser currentUser,
              Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Enabled users a token may act as, by e-mail. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TokenUser> technicalUsers() {
        return users.findAll().stream()
                .filter(user -> user.isEnabled() && API_ROLES.contains(user.getRole()))
                .sorted(Comparator.comparing(AppUser::getEmail))
                .map(user -> new TokenUser(user.getId(), user.getEmail(), user.getRole(),
                        user.getOrganization().getName()))
                .toList();
    }

    /**
     * Issues a token; the returned secret is the only copy anywhere.
     *
     * @param validDays 1 to 730
     */
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedToken issue(long userId, String name, ApiTokenScopes scopes, int validDays) {
        String label = name == null ? "" : name.trim();
        if (label.isEmpty()) {
            throw new FieldValidationException("name", "validation.required");
        }
        if (label.length() > MAX_NAME) {
            throw new FieldValidationException("name", "validation.max-length-n", MAX_NAME);
        }
        if (validDays < 1 || validDays > MAX_VALID_DAYS) {
            throw new FieldValidationException("validDays", "api.token.error.valid-days", MAX_VALID_DAYS);
        }
        AppUser user = users.findById(userId).filter(u -> u.isEnabled() && API_ROLES.contains(u.getRole()))
                .orElseThrow(() -> new FieldValidationException("user", "api.token.error.user"));
        String secret = SECRET_PREFIX + LinkSecret.generate();
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(user, label, secret.substring(0, SHOWN_PREFIX),
                LinkSecret.hash(secret), scopes == null ? ApiTokenScopes.READ : scopes, now,
                currentUser.require().email(), now.plus(Duration.ofDays(validDays))));
        auditTrail.recordChange(AuditSubject.user(user.getId(), user.getEmail()), "API_TOKEN_ISSUE", token.label(),
                List.of(new FieldChange("scopes", null, token.getScopes().name()),
                        new FieldChange("expiresAt", null, token.getExpiresAt().toString())));
        return new IssuedToken(row(token), secret);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public TokenRow revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("token"));
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant());
            auditTrail.recordChange(AuditSubject.user(token.getUser().getId(), token.getUser().getEmail()),
                    "API_TOKEN_REVOKE", token.label(), List.of());
        }
        return row(token);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TokenRow> list() {
        return tokens.findAllByOrderByCreatedAtDesc().stream().map(ApiTokens::row).toList();
    }

    /**
     * The token behind a presented secret, as its user, or why it is refused. Runs before anyone is logged in,
     * so it has no method security; it records the last use (at most once a minute) in its own transaction.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Authentication authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)
                || !LinkSecret.hasShape(secret.substring(SECRET_PREFIX.length()))) {
            return Authentication.refused("malformed", null);
        }
        Optional<ApiToken> found = tokens.findBySecretHash(LinkSecret.hash(secret));
        if (found.isEmpty()) {
            return Authentication.refused("unknown", null);
        }
        ApiToken token = found.get();
        Instant now = clock.instant();
        String refusal = token.refusal(now);
        if (refusal != null) {
            return Authentication.refused(refusal, token.getUser().getEmail());
        }
        tokens.touch(token.getId(), now, now.minus(LAST_USE_GRANULARITY));
        return new Authentication(new ActingToken(token.getId(), token.label(), token.getScopes(),
                UserPrincipal.viaApiToken(token.getUser(), token.label())), null, null);
    }

    private static TokenRow row(ApiToken token) {
        return new TokenRow(token.getId(), token.getName(), token.getPrefix(), token.getUser().getEmail(),
                token.getUser().getRole(), token.getUser().getOrganization().getName(), token.getScopes(),
                token.getCreatedAt(), token.getCreatedBy(), token.getExpiresAt(), token.getRevokedAt(),
                token.getLastUsedAt());
    }

    /** A user a token may act as. */
    public record TokenUser(long id, String email, Role role, String organizationName) {
    }

    /** A token as the admin's list shows it (never the secret). */
    public record TokenRow(long id, String name, String prefix, String userEmail, Role role, String organizationName,
                           ApiTokenScopes scopes, Instant createdAt, String createdBy, Instant expiresAt,
                           Instant revokedAt, Instant lastUsedAt) {
    }

    /** A token just issued, with its secret: shown once, then gone. */
    public record IssuedToken(TokenRow token, String secret) {
    }

    /** A valid token: who it acts as and what it may do. */
    public record ActingToken(long tokenId, String label, ApiTokenScopes scopes, UserPrincipal principal) {
    }

    /**
     * The outcome of presenting a secret: the token, or a refusal reason for the security log.
     *
     * @param who the token's user when the token exists (revoked or expired), for the security log
     */
    public record Authentication(ActingToken token, String refusal, String who) {

        static Authentication refused(String reason, String who) {
            return new Authentication(null, reason, who);
        }
    }
}
