package com.activationdesk.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login protection under {@code activationdesk.login}: every {@code accountMaxFailures} failed logins of one
 * account, and every {@code addressMaxFailures} from one client address (whatever the accounts), lock it for
 * {@code lockDuration}, doubled with each further lock up to {@code maxLockDuration}. Failures are forgotten after
 * {@code forgetFailuresAfter} without one, and an account's after a successful login.
 */
@ConfigurationProperties("activationdesk.login")
public record LoginProtectionProperties(
        @DefaultValue("5") int accountMaxFailures,
        @DefaultValue("20") int addressMaxFailures,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("24h") Duration maxLockDuration,
        @DefaultValue("24h") Duration forgetFailuresAfter) {

    public LoginProtectionProperties {
        if (accountMaxFailures < 1 || addressMaxFailures < 1) {
            throw new IllegalArgumentException("activationdesk.login.account-max-failures and"
                    + " activationdesk.login.address-max-failures must be at least 1");
        }
        if (!lockDuration.isPositive() || maxLockDuration.compareTo(lockDuration) < 0) {
            throw new IllegalArgumentException("activationdesk.login.lock-duration must be positive and at most"
                    + " activationdesk.login.max-lock-duration");
        }
    }

    /**
     * The lock the failure with this number causes: none between thresholds, else doubling with each lock.
     *
     * @return {@link Duration#ZERO} for no lock
     */
    Duration lockAfter(int failures, int maxFailures) {
        if (failures % maxFailures != 0) {
            return Duration.ZERO;
        }
        int lockNumber = failures / maxFailures;
        // 2^20 locks exceed every sensible maximum; the shift must not overflow.
        Duration doubled = lockDuration.multipliedBy(1L << Math.min(lockNumber - 1, 20));
        return doubled.compareTo(maxLockDuration) > 0 ? maxLockDuration : doubled;
    }
}
