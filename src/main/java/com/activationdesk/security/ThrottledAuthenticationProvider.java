package com.activationdesk.security;

import java.time.Clock;
import java.time.Instant;

import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import com.activationdesk.organization.domain.AppUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The form login's password check with login protection around it. The wrapped check always runs, BCrypt
 * included, also for a locked account or address: unknown, disabled, locked and wrong-password attempts take
 * the same time and all end in the same {@link BadCredentialsException}, so the login page cannot tell which
 * accounts exist or are locked. Every attempt is written to the security log.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** The column length of {@code app_user.email}: a longer "e-mail" is not logged in full. */
    private static final int MAX_LOGGED_EMAIL = 254;

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final SecurityEventLog securityLog;
    private final Clock clock;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle,
                                    SecurityEventLog securityLog, Clock clock) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = AppUser.normalizeEmail(attempt.getName());
        String shownEmail = email.length() > MAX_LOGGED_EMAIL ? email.substring(0, MAX_LOGGED_EMAIL) : email;
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Instant now = clock.instant();
        boolean locked = throttle.isLocked(email, address, now);
        Authentication authenticated = null;
        String failure = null;
        try {
            authenticated = passwordCheck.authenticate(attempt);
        } catch (AuthenticationException refused) {
            failure = reason(refused);
        }
        if (locked || failure != null) {
            // While locked even the right password counts as a failure: answering it with less work would let
            // its timing tell that it was right.
            throttle.recordFailure(email, address, now);
            securityLog.record(SecurityEvent.LOGIN_FAILED, shownEmail, address,
                    locked ? "locked" + (failure == null ? "" : "; " + failure) : failure);
            throw new BadCredentialsException("Login failed");
        }
        throttle.recordSuccess(email);
        securityLog.record(SecurityEvent.LOGIN_SUCCEEDED, shownEmail, address, null);
        return authenticated;
    }

    /** For the operator: why, as Spring Security's exception type says it (never the password). */
    private static String reason(AuthenticationException failure) {
        return switch (failure.getClass().getSimpleName()) {
            case "BadCredentialsException" -> "bad credentials or unknown account";
            case "DisabledException" -> "account disabled";
            default -> failure.getClass().getSimpleName();
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
