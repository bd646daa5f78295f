package com.activationdesk.organization.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password rules under {@code activationdesk.password}. ASVS 5.0 asks for at least 12 characters (15
 * recommended) and for at least 64 to be accepted.
 *
 * @param minLength at least 8; counted in characters (an emoji is one), not bytes
 * @param maxLength at least 64; the hash is taken over a SHA-256 of the password, so BCrypt's 72-byte limit
 *                  does not apply and the cap only keeps absurd inputs out
 */
@ConfigurationProperties("activationdesk.password")
public record PasswordProperties(@DefaultValue("12") int minLength, @DefaultValue("128") int maxLength) {

    public PasswordProperties {
        if (minLength < 8) {
            throw new IllegalArgumentException("activationdesk.password.min-length must be at least 8: " + minLength);
        }
        if (maxLength < Math.max(64, minLength)) {
            throw new IllegalArgumentException("activationdesk.password.max-length must be at least 64 and at least"
                    + " activationdesk.password.min-length: " + maxLength);
        }
    }
}
