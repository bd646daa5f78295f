package com.activationdesk.organization.service;

/**
 * One rule of the {@link PasswordPolicy}, as forms list it while the user types ({@link #ruleKey()}) and as the
 * field's error when it is broken ({@link #errorKey()}). ASVS 5.0: length and a list of common passwords, no
 * composition rules.
 */
public enum PasswordRule {
    MIN_LENGTH("password.rule.min-length", "password.error.too-short"),
    MAX_LENGTH("password.rule.max-length", "password.error.too-long"),
    NOT_COMMON("password.rule.not-common", "password.error.common"),
    NOT_EMAIL("password.rule.not-email", "password.error.contains-email");

    private final String ruleKey;
    private final String errorKey;

    PasswordRule(String ruleKey, String errorKey) {
        this.ruleKey = ruleKey;
        this.errorKey = errorKey;
    }

    public String ruleKey() {
        return ruleKey;
    }

    public String errorKey() {
        return errorKey;
    }
}
