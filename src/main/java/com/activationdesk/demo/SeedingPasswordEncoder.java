package com.activationdesk.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoder while demo requests may be seeded: the security module's encoder for everyone,
 * except on the seeding thread inside {@link #reusingHashes}, where each password is hashed once and that hash is
 * reused, as {@code DemoOrganizations} does for the demo users. The activations create 28 customer administrators
 * with the demo password, and bcrypt is slow on purpose: the seeding thread's CPU time fell from 8.1 s to 6.3 s
 * (docs/demo-requests.md). The one hash left is computed on the other core while the first stories are told. The
 * services still check the password and store a real hash; other threads (logins, password changes) never see a
 * reused one.
 */
final class SeedingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final ThreadLocal<Map<String, CompletableFuture<String>>> hashes = new ThreadLocal<>();

    SeedingPasswordEncoder(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * Runs {@code work} on this thread with every password hashed at most once; {@code expected}'s hash is started
     * at once in the background.
     */
    <T> T reusingHashes(String expected, Supplier<T> work) {
        Map<String, CompletableFuture<String>> reused = new HashMap<>();
        reused.put(expected, CompletableFuture.supplyAsync(() -> encoder.encode(expected)));
        hashes.set(reused);
        try {
            return work.get();
        } finally {
            hashes.remove();
        }
    }

    @Override
    public String encode(CharSequence rawPassword) {
        Map<String, CompletableFuture<String>> reused = hashes.get();
        return reused == null ? encoder.encode(rawPassword) : reused.computeIfAbsent(rawPassword.toString(),
                raw -> CompletableFuture.completedFuture(encoder.encode(raw))).join();
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
