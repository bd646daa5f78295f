package com.activationdesk.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoder while demo requests may be seeded: the security module's encoder for everyone,
 * except on the seeding thread inside {@link #reusingHashes}, where each password is hashed once and that hash is
 * reused, as {@code DemoOrganizations} does for the demo users. The activations create 28 customer administrators
 * with the demo password, and bcrypt is slow on purpose: the seeding thread's CPU time fell from 8.1 s to 6.3 s
 * (docs/demo-requests.md). The services still check the password and store a real hash; other threads (logins,
 * password changes) never see a reused one.
 */
final class SeedingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final ThreadLocal<Map<String, String>> hashes = new ThreadLocal<>();

    SeedingPasswordEncoder(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** Runs {@code work} on this thread with every password hashed at most once. */
    <T> T reusingHashes(Supplier<T> work) {
        hashes.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            hashes.remove();
        }
    }

    @Override
    public String encode(CharSequence rawPassword) {
        Map<String, String> reused = hashes.get();
        return reused == null ? encoder.encode(rawPassword)
                : reused.computeIfAbsent(rawPassword.toString(), encoder::encode);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return encoder.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }
}
