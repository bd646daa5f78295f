package com.activationdesk.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.SecurityLogCapture;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.UserFilter;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.testdata.FromAddress;
import com.activationdesk.testdata.TestAccounts;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Login protection through the real provider on MariaDB: an account locks after 5 failures, an address after 20
 * (whatever the accounts), locks grow and run out, an admin unlocks, and every refusal looks the same. A wrong
 * current password in "change my password" counts like a failed login.
 */
@IntegrationTest
class LoginProtectionTest {

    @RegisterExtension
    final SecurityLogCapture securityLog = new SecurityLogCapture();

    @Autowired
    AuthenticationProvider login;
    @Autowired
    UserService users;
    @Autowired
    OrganizationService organizations;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveFailuresLockTheAccountForAGrowingTimeEvenForTheRightPassword() {
        String address = randomAddress();
        String email = TestAccounts.cloudOps(runAs, users, organizations, "lock").email();

        for (int i = 0; i < 5; i++) {
            assertRefused(email, "wrong-password-" + i, address);
        }
        assertThat(securityLog.lines("ACCOUNT_LOCKED")).singleElement().asString()
                .contains(email, "PT15M", "5 failed logins");
        assertRefused(email, PASSWORD, address);
        assertThat(securityLog.lines("LOGIN_FAILED").getLast()).contains("detail=locked");

        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 5; i++) {
            assertRefused(email, "wrong-password-again-" + i, address);
        }
        assertThat(securityLog.lines("ACCOUNT_LOCKED").getLast()).as("the second lock doubles").contains("PT30M");
        clock.advance(Duration.ofMinutes(29));
        assertRefused(email, PASSWORD, address);
        clock.advance(Duration.ofMinutes(2));
        assertThat(login(email, PASSWORD, address).isAuthenticated()).isTrue();
        assertThat(securityLog.lines("LOGIN_SUCCEEDED")).singleElement().asString().contains(email, address);
    }

    @Test
    void twentyFailuresFromOneAddressLockItForEveryAccount() {
        String attacker = randomAddress();
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accounts.add(TestAccounts.cloudOps(runAs, users, organizations, "spray").email());
        }
        // 4 wrong passwords for each of 5 accounts: no account reaches its own limit.
        for (int round = 0; round < 4; round++) {
            for (String account : accounts) {
                assertRefused(account, "Summer2026!" + round, attacker);
            }
        }
        assertThat(securityLog.lines("ACCOUNT_LOCKED")).singleElement().asString()
                .contains("address=" + attacker, "client address locked", "20 failed logins");

        assertRefused(accounts.getFirst(), PASSWORD, attacker);
        String untouched = accounts.getLast();
        assertThat(login(untouched, PASSWORD, randomAddress()).isAuthenticated()).as("from elsewhere").isTrue();
    }

    @Test
    void unknownDisabledLockedAndWrongAllFailAlikeInMessageAndTime() {
        String address = randomAddress();
        UserRow disabled = TestAccounts.cloudOps(runAs, users, organizations, "disabled");
        runAs.run(VENDOR_ADMIN, () -> users.setEnabled(disabled.id(), disabled.version(), false));
        String locked = TestAccounts.cloudOps(runAs, users, organizations, "locked").email();
        for (int i = 0; i < 5; i++) {
            assertRefused(locked, "wrong-" + i, randomAddress());
        }
        String wrong = TestAccounts.cloudOps(runAs, users, organizations, "wrong").email();
        String unknown = Unique.email("nobody", "vendor.example");

        List<String> messages = new ArrayList<>();
        long[] nanos = new long[4];
        String[][] attempts = {{unknown, PASSWORD}, {disabled.email(), PASSWORD}, {locked, PASSWORD},
                {wrong, "not-the-password"}};
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < attempts.length; i++) {
                long start = System.nanoTime();
                try {
                    login(attempts[i][0], attempts[i][1], address);
                } catch (BadCredentialsException refused) {
                    messages.add(refused.getMessage());
                }
                nanos[i] += System.nanoTime() - start;
            }
        }
        assertThat(messages).hasSize(12).containsOnly("Login failed");
        long slowest = java.util.Arrays.stream(nanos).max().orElseThrow();
        long fastest = java.util.Arrays.stream(nanos).min().orElseThrow();
        System.out.printf("Login refusal times (ms, 3 rounds) unknown=%d disabled=%d locked=%d wrong=%d%n",
                nanos[0] / 1_000_000, nanos[1] / 1_000_000, nanos[2] / 1_000_000, nanos[3] / 1_000_000);
        // Each costs one BCrypt (a dummy one for the unknown e-mail): no case answers in a fraction of the others.
        assertThat(fastest).as("fastest vs slowest refusal").isGreaterThan(slowest / 3);
        assertThat(securityLog.lines("LOGIN_FAILED")).anySatisfy(line -> assertThat(line).contains("account disabled"));
    }

    @Test
    void theAdminSeesLockedAccountsAndUnlocksThem() {
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "unlock");
        for (int i = 0; i < 5; i++) {
            assertRefused(user.email(), "wrong-" + i, randomAddress());
        }
        UserFilter lockedOnly = new UserFilter(null, null, user.email(), true);
        List<UserRow> locked = runAs.as(VENDOR_ADMIN, () -> users.find(lockedOnly, PageRequest.of(0, 10)));
        assertThat(locked).singleElement().satisfies(row -> assertThat(row.locked()).isTrue());

        UserRow unlocked = runAs.as(VENDOR_ADMIN, () -> users.unlock(user.id()));

        assertThat(unlocked.locked()).isFalse();
        assertThat(unlocked.version()).as("login protection leaves the version alone").isEqualTo(user.version());
        assertThat(runAs.as(VENDOR_ADMIN, () -> users.count(lockedOnly))).isZero();
        assertThat(securityLog.lines("ACCOUNT_UNLOCKED")).singleElement().asString()
                .contains(user.email(), "by admin " + VENDOR_ADMIN);
        assertThat(login(user.email(), PASSWORD, randomAddress()).isAuthenticated()).isTrue();
    }

    @Test
    void aWrongCurrentPasswordInChangeMyPasswordCountsAndLocksLikeAFailedLogin() {
        String address = randomAddress();
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "guess");
        for (int i = 0; i < 4; i++) {
            assertChangeRefused(user, "wrong-" + i, address, "password.error.current-wrong");
        }
        assertThat(addressFailures(address)).as("the client address counts them").isEqualTo(4);
        assertThat(securityLog.lines("ACCOUNT_LOCKED")).isEmpty();

        assertRefused(user.email(), "wrong-login", address); // the fifth failure of the account, the same counter

        assertThat(securityLog.lines("ACCOUNT_LOCKED")).singleElement().asString()
                .contains(user.email(), "5 failed logins");
        assertChangeRefused(user, PASSWORD, address, "password.error.current-locked"); // even the right one
        clock.advance(Duration.ofMinutes(16));
        FromAddress.run(address, () -> runAs.run(user.email(),
                () -> users.changeOwnPassword(user.id(), PASSWORD, "Eigenes-Passwort-Nach-Sperre-1")));
        assertThat(login(user.email(), "Eigenes-Passwort-Nach-Sperre-1", address).isAuthenticated()).isTrue();
        assertThat(securityLog.lines("PASSWORD_CHANGED")).hasSize(6)
                .filteredOn(line -> line.contains("refused: wrong current password")).hasSize(4)
                .allSatisfy(line -> assertThat(line).contains(user.email(), address));
        assertThat(securityLog.lines("PASSWORD_CHANGED")).anySatisfy(line -> assertThat(line).contains("locked"));
    }

    @Test
    void theSecurityLogNeverContainsAPassword() {
        String email = TestAccounts.cloudOps(runAs, users, organizations, "secret").email();
        assertRefused(email, "Geheim-Falsch-4711", randomAddress());
        login(email, PASSWORD, randomAddress());

        assertThat(securityLog.lines()).isNotEmpty()
                .noneSatisfy(line -> assertThat(line).containsAnyOf("Geheim-Falsch-4711", PASSWORD));
    }

    private Authentication login(String email, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return login.authenticate(attempt);
    }

    private void assertRefused(String email, String password, String address) {
        assertThatThrownBy(() -> login(email, password, address)).isInstanceOf(BadCredentialsException.class)
                .hasMessage("Login failed");
    }

    private void assertChangeRefused(UserRow user, String currentPassword, String address, String messageKey) {
        assertThatThrownBy(() -> FromAddress.run(address, () -> runAs.run(user.email(),
                () -> users.changeOwnPassword(user.id(), currentPassword, "Ganz-neues-Passwort-2026"))))
                .isInstanceOfSatisfying(FieldValidationException.class, error -> {
                    assertThat(error.getField()).isEqualTo("currentPassword");
                    assertThat(error.getMessageKey()).isEqualTo(messageKey);
                });
    }

    private int addressFailures(String address) {
        return jdbc.sql("SELECT failures FROM login_address_throttle WHERE address = ?").param(address)
                .query(Integer.class).single();
    }

    /** Each test its own client address: the address counts live in the shared test database. */
    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
