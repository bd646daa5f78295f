package com.activationdesk.organization.service;

import java.nio.charset.StandardCharsets;

import com.activationdesk.base.domain.FieldValidationException;
import org.junit.jupiter.api.Test;

import static com.activationdesk.organization.service.PasswordRule.MAX_LENGTH;
import static com.activationdesk.organization.service.PasswordRule.MIN_LENGTH;
import static com.activationdesk.organization.service.PasswordRule.NOT_COMMON;
import static com.activationdesk.organization.service.PasswordRule.NOT_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The ASVS 5.0 password rules with the bad inputs: 1, 11, 64, 73 (multi-byte) and 200 characters. */
class PasswordPolicyTest {

    private static final String EMAIL = "nina.neu@nordlicht.example";

    private final PasswordPolicy policy = new PasswordPolicy(new PasswordProperties(12, 128));

    @Test
    void lengthCountsCharactersFrom12To128() {
        assertThat(policy.violations("x", EMAIL)).containsExactly(MIN_LENGTH);
        assertThat(policy.violations("Kaffeebohne", EMAIL)).as("11").containsExactly(MIN_LENGTH);
        assertThat(policy.violations("Kaffeebohnen", EMAIL)).as("12").isEmpty();
        assertThat(policy.violations("a".repeat(64), EMAIL)).as("64").isEmpty();
        assertThat(policy.violations("b".repeat(128), EMAIL)).isEmpty();
        assertThat(policy.violations("c".repeat(200), EMAIL)).containsExactly(MAX_LENGTH);
    }

    @Test
    void aMultiByteLongPasswordIsAcceptedInFull() {
        String umlauts = "Grüße aus Köln und Düsseldorf, äöüß " + "€".repeat(13);
        assertThat(umlauts.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(policy.violations(umlauts, EMAIL)).isEmpty();
        // Emoji are two UTF-16 units but one character each: twelve of them are long enough.
        assertThat(policy.violations("🔑".repeat(12), EMAIL)).isEmpty();
        assertThat(policy.violations("🔑".repeat(11), EMAIL)).containsExactly(MIN_LENGTH);
    }

    @Test
    void noCompositionRules() {
        assertThat(policy.violations("onlyletterslong", EMAIL)).isEmpty();
        assertThat(policy.violations("409715263849", EMAIL)).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedIgnoringCase() {
        assertThat(policy.violations("qwerty123456", EMAIL)).containsExactly(NOT_COMMON);
        assertThat(policy.violations("QWERTY123456", EMAIL)).containsExactly(NOT_COMMON);
        assertThat(policy.violations("password", EMAIL)).containsExactly(MIN_LENGTH, NOT_COMMON);
    }

    @Test
    void theEmailOrItsNameIsRefused() {
        assertThat(policy.violations(EMAIL, EMAIL)).containsExactly(NOT_EMAIL);
        assertThat(policy.violations("NINA.NEU@nordlicht.example", EMAIL)).containsExactly(NOT_EMAIL);
        assertThat(policy.violations("ich-bin-nina.neu-2026", EMAIL)).containsExactly(NOT_EMAIL);
        assertThat(policy.violations("ich-bin-nina.neu-2026", null)).as("e-mail not known yet").isEmpty();
        // A two-letter name would forbid too much as "contained"; only the password equal to it is refused.
        assertThat(policy.violations("Johannisbeersaft", "jo@example.com")).isEmpty();
    }

    @Test
    void checkNamesTheFirstBrokenRuleAtThePasswordField() {
        assertThatThrownBy(() -> policy.check("kurz", EMAIL)).isInstanceOfSatisfying(FieldValidationException.class,
                error -> {
                    assertThat(error.getField()).isEqualTo("password");
                    assertThat(error.getMessageKey()).isEqualTo("password.error.too-short");
                    assertThat(error.getArguments()).containsExactly(12);
                });
        assertThatThrownBy(() -> policy.check("d".repeat(200), EMAIL)).isInstanceOfSatisfying(
                FieldValidationException.class, error -> assertThat(error.getArguments()).containsExactly(128));
    }

    @Test
    void theMinimumIsConfigurableButNotBelow8AndAtLeast64MustBeAllowed() {
        PasswordPolicy fifteen = new PasswordPolicy(new PasswordProperties(15, 128));
        assertThat(fifteen.violations("Kaffeebohnen", EMAIL)).containsExactly(MIN_LENGTH);
        assertThat(fifteen.arguments(MIN_LENGTH)).containsExactly(15);
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordProperties(6, 128));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordProperties(12, 63));
    }
}
