package com.activationdesk.security;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import com.activationdesk.organization.domain.AppUserRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account ({@code app_user}) and per client address ({@code login_address_throttle}) in
 * the database, so every instance sees the same counts, and locks as {@link LoginProtectionProperties} says.
 * Unknown e-mails count for their address only: there is no account to lock.
 */
@Component
class LoginThrottle {

    private final AppUserRepository users;
    private final JdbcClient jdbc;
    private final LoginProtectionProperties properties;
    private final SecurityEventLog securityLog;

    LoginThrottle(AppUserRepository users, JdbcClient jdbc, LoginProtectionProperties properties,
                  SecurityEventLog securityLog) {
        this.users = users;
        this.jdbc = jdbc;
        this.properties = properties;
        this.securityLog = securityLog;
    }

    /** Whether the account or the address is locked now. */
    @Transactional(readOnly = true)
    public boolean isLocked(String email, String address, Instant now) {
        boolean account = users.findLockedUntil(email).filter(until -> until.isAfter(now)).isPresent();
        return account || (address != null && jdbc.sql("""
                        SELECT COUNT(*) FROM login_address_throttle WHERE address = ? AND locked_until > ?""")
                .param(address).param(utc(now)).query(Integer.class).single() > 0);
    }

    @Transactional
    public void recordFailure(String email, String address, Instant now) {
        Instant forgetBefore = now.minus(properties.forgetFailuresAfter());
        if (users.countFailedLogin(email, now, forgetBefore) == 1) {
            int failures = users.findFailedLogins(email).orElseThrow();
            Duration lock = properties.lockAfter(failures, properties.accountMaxFailures());
            if (lock.isPositive()) {
                users.lockUntil(email, now.plus(lock));
                securityLog.record(SecurityEvent.ACCOUNT_LOCKED, email, address,
                        "account locked for " + lock + " after " + failures + " failed logins");
            }
        }
        if (address != null) {
            recordAddressFailure(address, now, forgetBefore);
        }
    }

    /** A successful login forgets the account's failures; the address keeps its count. */
    @Transactional
    public void recordSuccess(String email) {
        users.clearFailedLogins(email);
    }

    private void recordAddressFailure(String address, Instant now, Instant forgetBefore) {
        // MariaDB assigns left to right: the count is decided on the previous failure's time.
        jdbc.sql("""
                        INSERT INTO login_address_throttle (address, failures, last_failure_at) VALUES (:address, 1, :now)
                        ON DUPLICATE KEY UPDATE failures = IF(last_failure_at < :forgetBefore, 1, failures + 1),
                            last_failure_at = :now""")
                .param("address", address).param("now", utc(now)).param("forgetBefore", utc(forgetBefore))
                .update();
        int failures = jdbc.sql("SELECT failures FROM login_address_throttle WHERE address = ?")
                .param(address).query(Integer.class).single();
        Duration lock = properties.lockAfter(failures, properties.addressMaxFailures());
        if (lock.isPositive()) {
            jdbc.sql("UPDATE login_address_throttle SET locked_until = ? WHERE address = ?")
                    .param(utc(now.plus(lock))).param(address).update();
            securityLog.record(SecurityEvent.ACCOUNT_LOCKED, null, address,
                    "client address locked for " + lock + " after " + failures + " failed logins");
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
