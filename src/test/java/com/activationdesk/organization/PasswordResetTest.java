package com.activationdesk.organization;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.SecurityLogCapture;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.service.InvalidResetLinkException;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.PasswordResetService;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.testdata.FromAddress;
import com.activationdesk.testdata.TestAccounts;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Forgot password" on MariaDB: the mail goes into the outbox without its link, which is minted at delivery (only
 * its hash into the database); it works once, for 30 minutes, for a password under the policy; an unknown address
 * gets the same answer and no mail, and so does a client address over its limit of requests.
 */
@IntegrationTest
class PasswordResetTest {

    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+/reset-password/([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "Fahrrad-Leuchtturm-77";

    @RegisterExtension
    final SecurityLogCapture securityLog = new SecurityLogCapture();

    @Autowired
    PasswordResetService resets;
    @Autowired
    UserService users;
    @Autowired
    OrganizationService organizations;
    @Autowired
    AppUserRepository userRepository;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;

    @Test
    void theMailedLinkSetsAPasswordOnceAndLiftsTheAdminSetFlag() {
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "reset");
        assertThat(userRepository.findById(user.id()).orElseThrow().isPasswordChangeRequired()).isTrue();

        resets.requestReset(" " + user.email().toUpperCase(Locale.ROOT) + " ", Locale.GERMAN);
        String token = mailedToken(user.email());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE token_hash = SHA2(?, 256)").param(token)
                .query(Integer.class).single()).as("stored as its hash").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?").param(token)
                .query(Integer.class).single()).as("never in clear").isZero();
        assertThat(resets.findLive(token)).contains(user.email());

        assertThat(resets.reset(token, NEW_PASSWORD, NEW_PASSWORD)).isEqualTo(user.email());

        var changed = userRepository.findById(user.id()).orElseThrow();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, changed.getPasswordHash())).isTrue();
        assertThat(changed.isPasswordChangeRequired()).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "Noch-ein-Passwort-88", "Noch-ein-Passwort-88"))
                .as("used twice").isInstanceOf(InvalidResetLinkException.class);
        assertThat(passwordEncoder.matches(NEW_PASSWORD,
                userRepository.findById(user.id()).orElseThrow().getPasswordHash())).isTrue();
        assertThat(securityLog.lines("PASSWORD_RESET_LINK_REFUSED")).singleElement().asString().contains("used");
        assertThat(securityLog.lines("PASSWORD_CHANGED")).singleElement().asString()
                .contains(user.email(), "through a reset link");
        assertThat(securityLog.lines()).noneSatisfy(line -> assertThat(line).containsAnyOf(token, NEW_PASSWORD));
    }

    @Test
    void aBrokenRuleOrAMismatchChangesNothingAndKeepsTheLinkLive() {
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "rules");
        resets.requestReset(user.email(), Locale.ENGLISH);
        String token = mailedToken(user.email());
        String before = userRepository.findById(user.id()).orElseThrow().getPasswordHash();

        for (String bad : List.of("x", "Kaffeebohne", "qwerty123456", user.email(), "y".repeat(200))) {
            assertThatThrownBy(() -> resets.reset(token, bad, bad)).as(bad)
                    .isInstanceOfSatisfying(FieldValidationException.class,
                            error -> assertThat(error.getField()).isEqualTo("password"));
        }
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD, NEW_PASSWORD + "!"))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        error -> assertThat(error.getField()).isEqualTo("passwordConfirmation"));

        assertThat(userRepository.findById(user.id()).orElseThrow().getPasswordHash()).isEqualTo(before);
        assertThat(resets.findLive(token)).contains(user.email());
    }

    @Test
    void expiredTruncatedUnknownAndSupersededLinksAreRefusedAlike() {
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "expired");
        resets.requestReset(user.email(), Locale.ENGLISH);
        String first = mailedToken(user.email());

        assertThat(resets.findLive(first.substring(0, 30))).as("truncated").isEmpty();
        assertThat(resets.findLive("A".repeat(43))).as("unknown").isEmpty();
        assertThat(resets.findLive(null)).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        resets.requestReset(user.email(), Locale.ENGLISH);
        String second = mailedTokens(user.email()).getLast();
        assertThat(second).isNotEqualTo(first);
        assertThat(resets.findLive(first)).as("a newer link ends the older").isEmpty();

        clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> resets.reset(second, NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOf(InvalidResetLinkException.class);
        assertThat(securityLog.lines("PASSWORD_RESET_LINK_REFUSED")).extracting(line -> line.replaceAll(".*detail=", ""))
                .anySatisfy(detail -> assertThat(detail).startsWith("malformed or truncated"))
                .anySatisfy(detail -> assertThat(detail).startsWith("unknown"))
                .anySatisfy(detail -> assertThat(detail).startsWith("used"))
                .anySatisfy(detail -> assertThat(detail).startsWith("expired"));
    }

    @Test
    void theOutboxKeepsAPlaceholderAndEachDeliveryMintsANewLinkThatEndsThePrevious() {
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "minted");
        resets.requestReset(user.email(), Locale.ENGLISH);
        long resetId = resetIdsMailedTo(user.email()).getFirst();

        assertThat(jdbc.sql("SELECT body_text FROM mail_outbox WHERE password_reset_id = ?").param(resetId)
                .query(String.class).single()).contains("[[password-reset-link]]").doesNotContain("/reset-password/");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE id = ? AND token_hash IS NULL").param(resetId)
                .query(Integer.class).single()).as("no secret before delivery").isEqualTo(1);

        String first = token(resets.issue(resetId).orElseThrow());
        String retried = token(resets.issue(resetId).orElseThrow());
        assertThat(resets.findLive(first)).as("the link of the failed attempt").isEmpty();
        assertThat(resets.findLive(retried)).contains(user.email());

        clock.advance(Duration.ofMinutes(31));
        assertThat(resets.issue(resetId)).as("expired: nothing minted, the mail is not sent").isEmpty();
    }

    @Test
    void aClientAddressOverItsLimitGetsTheSameAnswerAndNoMail() {
        UserRow user = TestAccounts.cloudOps(runAs, users, organizations, "limited");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "10.99." + random.nextInt(256) + "." + random.nextInt(256);
        jdbc.sql("DELETE FROM password_reset_address_limit WHERE address = ?").param(address).update();
        FromAddress.run(address, () -> {
            for (int request = 0; request < 10; request++) { // the default limit: 10 an hour, whatever the e-mail
                resets.requestReset(Unique.email("probe", "nordlicht.example"), Locale.ENGLISH);
            }
            long nanos = timed(() -> resets.requestReset(user.email(), Locale.ENGLISH));
            assertThat(nanos).as("the same floor as every answer")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(400).toNanos());
        });
        assertThat(resetIdsMailedTo(user.email())).as("the eleventh request of the address").isEmpty();
        assertThat(securityLog.lines("PASSWORD_RESET_REQUESTED")).last().asString()
                .contains(user.email(), address, "over its reset request limit");

        String otherAddress = "10.98." + random.nextInt(256) + "." + random.nextInt(256);
        FromAddress.run(otherAddress, () -> resets.requestReset(user.email(), Locale.ENGLISH));
        assertThat(resetIdsMailedTo(user.email())).as("another address is not limited").hasSize(1);

        clock.advance(Duration.ofMinutes(61));
        FromAddress.run(address, () -> resets.requestReset(user.email(), Locale.ENGLISH));
        assertThat(resetIdsMailedTo(user.email())).as("a new window").hasSize(2);
    }

    @Test
    void anUnknownOrDisabledAddressGetsTheSameAnswerInTheSameTimeAndNoMail() {
        UserRow disabled = TestAccounts.cloudOps(runAs, users, organizations, "gone");
        runAs.run(VENDOR_ADMIN, () -> users.setEnabled(disabled.id(), disabled.version(), false));
        UserRow known = TestAccounts.cloudOps(runAs, users, organizations, "known");
        String unknown = Unique.email("nobody", "nordlicht.example");

        long unknownNanos = timed(() -> resets.requestReset(unknown, Locale.ENGLISH));
        long disabledNanos = timed(() -> resets.requestReset(disabled.email(), Locale.ENGLISH));
        long knownNanos = timed(() -> resets.requestReset(known.email(), Locale.ENGLISH));
        System.out.printf("Reset request times (ms): unknown=%d disabled=%d known=%d%n", unknownNanos / 1_000_000,
                disabledNanos / 1_000_000, knownNanos / 1_000_000);

        assertThat(mailedTokens(unknown)).isEmpty();
        assertThat(mailedTokens(disabled.email())).isEmpty();
        assertThat(mailedTokens(known.email())).hasSize(1);
        // All wait for the same floor (400 ms), which hides the extra work of storing a link and a mail.
        assertThat(List.of(unknownNanos, disabledNanos, knownNanos)).allSatisfy(
                nanos -> assertThat(nanos).isGreaterThanOrEqualTo(Duration.ofMillis(400).toNanos()));
        assertThat(securityLog.lines("PASSWORD_RESET_REQUESTED")).hasSize(3)
                .anySatisfy(line -> assertThat(line).contains(unknown, "no enabled account"))
                .anySatisfy(line -> assertThat(line).contains(known.email(), "link mailed"));
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private String mailedToken(String email) {
        List<String> tokens = mailedTokens(email);
        assertThat(tokens).hasSize(1);
        return tokens.getFirst();
    }

    /**
     * The tokens of the reset mails to the address that can still be sent, oldest first, each minted as the delivery
     * job does when it hands the mail to SMTP (the mail tests do it over real SMTP).
     */
    private List<String> mailedTokens(String email) {
        return resetIdsMailedTo(email).stream().map(resets::issue).flatMap(Optional::stream)
                .map(PasswordResetTest::token).toList();
    }

    private List<Long> resetIdsMailedTo(String email) {
        return jdbc.sql("SELECT password_reset_id FROM mail_outbox WHERE recipient = ? AND password_reset_id IS NOT NULL"
                + " ORDER BY id").param(email).query(Long.class).list();
    }

    private static String token(String url) {
        Matcher link = RESET_LINK.matcher(url);
        assertThat(link.matches()).as("reset link: %s", url).isTrue();
        return link.group(1);
    }
}
