package com.activationdesk.organization.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.activationdesk.base.domain.FieldValidationException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The one password rule set (ASVS 5.0 chapter 6): long enough, not absurdly long, not on the list of common
 * passwords shipped with the app, and not the user's own e-mail address. Used by every place a password is
 * chosen (activation, admin dialogs, self-service, bootstrap) and shown while typing.
 */
@Component
public class PasswordPolicy {

    /** Public lists of the most used passwords (see the file's header), lower-case. */
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    /** A shorter e-mail name ("jo") would forbid too many good passwords as "containing" it. */
    private static final int MIN_CONTAINED_NAME = 3;

    private final PasswordProperties properties;
    private final Set<String> commonPasswords;

    public PasswordPolicy(PasswordProperties properties) {
        this.properties = properties;
        this.commonPasswords = load();
    }

    public int minLength() {
        return properties.minLength();
    }

    /** The most characters a password may have: every password field shows it and refuses more, none cuts. */
    public int maxLength() {
        return properties.maxLength();
    }

    /** The arguments of a rule's and its error's message. */
    public Object[] arguments(PasswordRule rule) {
        return switch (rule) {
            case MIN_LENGTH -> new Object[] {properties.minLength()};
            case MAX_LENGTH -> new Object[] {properties.maxLength()};
            default -> new Object[0];
        };
    }

    /**
     * Every rule the password breaks, in the order forms list them; empty when it is acceptable.
     *
     * @param email the account's e-mail address, {@code null} when not known yet
     */
    public List<PasswordRule> violations(String password, String email) {
        String value = password == null ? "" : password;
        int length = value.codePointCount(0, value.length());
        List<PasswordRule> broken = new ArrayList<>();
        if (length < properties.minLength()) {
            broken.add(PasswordRule.MIN_LENGTH);
        }
        if (length > properties.maxLength()) {
            broken.add(PasswordRule.MAX_LENGTH);
        }
        String lowerCase = value.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lowerCase)) {
            broken.add(PasswordRule.NOT_COMMON);
        }
        if (containsEmail(lowerCase, email)) {
            broken.add(PasswordRule.NOT_EMAIL);
        }
        return broken;
    }

    /**
     * @throws FieldValidationException at the field {@code password}, naming the first broken rule
     */
    public void check(String password, String email) {
        List<PasswordRule> broken = violations(password, email);
        if (!broken.isEmpty()) {
            PasswordRule first = broken.getFirst();
            throw new FieldValidationException("password", first.errorKey(), arguments(first));
        }
    }

    private static boolean containsEmail(String lowerCasePassword, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        String name = at < 0 ? address : address.substring(0, at);
        return lowerCasePassword.contains(address)
                || (name.length() >= MIN_CONTAINED_NAME && lowerCasePassword.contains(name))
                || lowerCasePassword.equals(name);
    }

    private static Set<String> load() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords " + COMMON_PASSWORDS + " is missing", e);
        }
    }
}
