package com.activationdesk.organization.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.LinkSecret;
import com.activationdesk.base.links.LinkBaseUrl;
import com.activationdesk.base.securitylog.ClientAddress;
import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import com.activationdesk.organization.OrganizationLinks;
import com.activationdesk.organization.PasswordResetLinkIssuer;
import com.activationdesk.organization.PasswordResetMailDue;
import com.activationdesk.organization.UserAccountChanged;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.PasswordReset;
import com.activationdesk.organization.domain.PasswordResetRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password": a single-use, time-limited link by mail, and the new password set through it. Anonymous by
 * nature: the link is the authorisation. Nothing here tells whether an address has an account: the request answers
 * the same, after the same minimum time, either way, also when the client address is over its limit. The link's
 * secret is minted only when the mail is handed to SMTP and only its hash is stored (docs/activation-tokens.md).
 */
@Service
public class PasswordResetService implements PasswordResetLinkIssuer {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    /** One mail per account and minute at most, so the form cannot flood someone's mailbox. */
    private static final Duration RESEND_PAUSE = Duration.ofMinutes(1);

    private final AppUserRepository users;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SecurityEventLog securityLog;
    private final AccountChanges accountChanges;
    private final ResetRequestLimit addressLimit;
    private final LinkBaseUrl linkBaseUrl;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration validity;
    private final Duration minResponse;

    PasswordResetService(AppUserRepository users, PasswordResetRepository resets, PasswordEncoder passwordEncoder,
                         PasswordPolicy passwordPolicy, SecurityEventLog securityLog, AccountChanges accountChanges,
                         ResetRequestLimit addressLimit, LinkBaseUrl linkBaseUrl, ApplicationEventPublisher events,
                         TransactionTemplate transactions, Clock clock,
                         @Value("${activationdesk.password-reset.validity:30m}") Duration validity,
                         @Value("${activationdesk.password-reset.min-response:400ms}") Duration minResponse) {
        this.users = users;
        this.resets = resets;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.securityLog = securityLog;
        this.accountChanges = accountChanges;
        this.addressLimit = addressLimit;
        this.linkBaseUrl = linkBaseUrl;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.validity = validity;
        this.minResponse = minResponse;
    }

    /** How long a link works, for the page that offers it. */
    public Duration validity() {
        return validity;
    }

    /**
     * Mails a reset link if the address belongs to an enabled account; returns the same way, and not before
     * {@code activationdesk.password-reset.min-response}, whether it did or not.
     *
     * @param pageLocale the mail's language when the user has not chosen one
     */
    public void requestReset(String typedEmail, Locale pageLocale) {
        long deadline = System.nanoTime() + minResponse.toNanos();
        transactions.executeWithoutResult(status -> store(AppUser.normalizeEmail(typedEmail), pageLocale));
        long rest = deadline - System.nanoTime();
        if (rest > 0) {
            try {
                Thread.sleep(Duration.ofNanos(rest));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The e-mail of the account a live link is for, to show on its page; empty for any other link (logged). */
    @Transactional(readOnly = true)
    public Optional<String> findLive(String secret) {
        return live(secret).flatMap(reset -> users.findById(reset.getUserId())).map(AppUser::getEmail);
    }

    /**
     * Sets the new password and uses the link up, together: a broken rule leaves the link live, a used or expired
     * link changes nothing. Also lifts a login lock (whoever reads the mailbox may choose the password).
     *
     * @return the account's e-mail
     * @throws FieldValidationException   at {@code password} or {@code passwordConfirmation}
     * @throws InvalidResetLinkException whatever makes the link unusable
     */
    @Transactional
    public String reset(String secret, String password, String passwordConfirmation) {
        PasswordReset reset = live(secret).orElseThrow(InvalidResetLinkException::new);
        String email = users.findById(reset.getUserId()).map(AppUser::getEmail).orElseThrow();
        passwordPolicy.check(password, email);
        if (!password.equals(passwordConfirmation)) {
            throw new FieldValidationException("passwordConfirmation", "password.error.mismatch");
        }
        Instant now = now();
        if (resets.use(reset.getId(), now) != 1) {
            refuse(email, "used or expired meanwhile");
            throw new InvalidResetLinkException();
        }
        AppUser user = users.findById(reset.getUserId()).orElseThrow();
        user.setPassword(passwordEncoder.encode(password), true);
        accountChanges.changed(user, UserAccountChanged.Change.PASSWORD_CHANGED); // ends sessions opened with the old one
        users.saveAndFlush(user);
        resets.endOpenLinks(user.getId(), now);
        users.clearFailedLogins(email);
        securityLog.record(SecurityEvent.PASSWORD_CHANGED, email, ClientAddress.current(), "through a reset link");
        return email;
    }

    /**
     * Runs in a transaction of its own (the delivery job has none), so the hash is committed before the mail
     * reaches SMTP. The link keeps the expiry set when the user asked for it: a late delivery does not extend it.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> issue(long resetId) {
        PasswordReset reset = resets.findById(resetId).orElse(null);
        if (reset == null || !users.findById(reset.getUserId()).map(AppUser::isEnabled).orElse(false)) {
            log.info("Password reset {}: no link minted, the account is gone or disabled", resetId);
            return Optional.empty();
        }
        String secret = LinkSecret.generate();
        if (resets.replaceToken(resetId, LinkSecret.hash(secret), now()) != 1) {
            log.info("Password reset {}: no link minted, it was used, replaced or expired", resetId);
            return Optional.empty();
        }
        log.info("Password reset {}: link minted for delivery{}", resetId,
                reset.getTokenHash() == null ? "" : ", the link of an earlier attempt no longer works");
        return Optional.of(linkBaseUrl.current() + "/" + OrganizationLinks.passwordReset(secret));
    }

    /** Stores the link, without its secret yet, and has its mail queued, unless a limit says no. */
    private void store(String email, Locale pageLocale) {
        String address = ClientAddress.current();
        Instant now = now();
        if (address != null && addressLimit.countAndCheck(address, now)) {
            securityLog.record(SecurityEvent.PASSWORD_RESET_REQUESTED, email, address,
                    "client address over its reset request limit: no mail");
            return;
        }
        AppUser user = email == null ? null : users.findByEmail(email).filter(AppUser::isEnabled).orElse(null);
        if (user == null) {
            securityLog.record(SecurityEvent.PASSWORD_RESET_REQUESTED, email, address, "no enabled account: no mail");
            return;
        }
        if (resets.existsByUserIdAndCreatedAtAfter(user.getId(), now.minus(RESEND_PAUSE))) {
            securityLog.record(SecurityEvent.PASSWORD_RESET_REQUESTED, email, address, "link mailed lately: no mail");
            return;
        }
        resets.endOpenLinks(user.getId(), now);
        PasswordReset reset = resets.saveAndFlush(new PasswordReset(user.getId(), now, now.plus(validity)));
        String language = user.getPreferredLanguage() != null ? user.getPreferredLanguage() : pageLocale.getLanguage();
        events.publishEvent(new PasswordResetMailDue(reset.getId(), email, user.getDisplayName(), language,
                reset.getExpiresAt()));
        securityLog.record(SecurityEvent.PASSWORD_RESET_REQUESTED, email, address, "link mailed");
    }

    private Optional<PasswordReset> live(String secret) {
        if (!LinkSecret.hasShape(secret)) {
            refuse(null, "malformed or truncated");
            return Optional.empty();
        }
        PasswordReset reset = resets.findByTokenHash(LinkSecret.hash(secret)).orElse(null);
        if (reset == null) {
            refuse(null, "unknown");
            return Optional.empty();
        }
        AppUser user = users.findById(reset.getUserId()).orElseThrow();
        String problem = reset.getUsedAt() != null ? "used"
                : !reset.getExpiresAt().isAfter(clock.instant()) ? "expired"
                : !user.isEnabled() ? "account disabled" : null;
        if (problem != null) {
            refuse(user.getEmail(), problem);
            return Optional.empty();
        }
        return Optional.of(reset);
    }

    private void refuse(String email, String reason) {
        securityLog.record(SecurityEvent.PASSWORD_RESET_LINK_REFUSED, email, ClientAddress.current(), reason);
    }

    /** DATETIME(6) keeps microseconds: what is compared later must be what was stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
