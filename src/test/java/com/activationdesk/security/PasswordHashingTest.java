package com.activationdesk.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** BCrypt's 72-byte limit never surfaces: new hashes pre-hash with SHA-256, old {bcrypt} hashes stay valid. */
class PasswordHashingTest {

    private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();

    @Test
    void everyByteOfALongMultiBytePasswordCounts() {
        String base = "Grüße-aus-Köln-" + "ä".repeat(27) + "!"; // 73 bytes, 43 characters
        assertThat(base.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        String hash = encoder.encode(base);

        assertThat(hash).startsWith("{bcrypt-sha256}$2a$");
        assertThat(encoder.matches(base, hash)).isTrue();
        // Plain BCrypt would ignore everything after byte 72 and accept this one too.
        assertThat(encoder.matches(base.substring(0, base.length() - 1) + "?", hash)).isFalse();
        String twoHundred = "x".repeat(200);
        assertThat(encoder.matches(twoHundred, encoder.encode(twoHundred))).isTrue();
    }

    @Test
    void existingBcryptHashesStillMatch() {
        String legacy = "{bcrypt}" + new BCryptPasswordEncoder().encode("demodemo2026");

        assertThat(encoder.matches("demodemo2026", legacy)).isTrue();
        assertThat(encoder.matches("demodemo2027", legacy)).isFalse();
        assertThat(encoder.matches("a".repeat(100), legacy)).as("too long for BCrypt: no match, no error").isFalse();
    }
}
