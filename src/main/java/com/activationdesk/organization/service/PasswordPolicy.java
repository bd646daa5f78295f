package com.activationdesk.organization.service;

import java.util.ArrayList;
import java.util.List;

import com.activationdesk.base.domain.FieldValidationException;

/** The one password rule set, used for admin-set passwords and shown while typing. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** Message keys of all rules, in the order forms list them. */
    public static final List<String> RULES = List.of("password.rule.length", "password.rule.letter", "password.rule.digit");

    private PasswordPolicy() {
    }

    /** Message keys of every rule the password breaks; empty when it is acceptable. */
    public static List<String> violations(String password) {
        List<String> violations = new ArrayList<>();
        String value = password == null ? "" : password;
        if (value.length() < MIN_LENGTH) {
            violations.add("password.rule.length");
        }
        if (value.chars().noneMatch(Character::isLetter)) {
            violations.add("password.rule.letter");
        }
        if (value.chars().noneMatch(Character::isDigit)) {
            violations.add("password.rule.digit");
        }
        return violations;
    }

    static void check(String password) {
        List<String> violations = violations(password);
        if (!violations.isEmpty()) {
            // A field error, so forms show it at the password field.
            throw new FieldValidationException("password", "password.error.weak", PasswordPolicy.MIN_LENGTH);
        }
    }
}
