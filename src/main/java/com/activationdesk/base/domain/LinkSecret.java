package com.activationdesk.base.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret in a mailed link (password reset): 256 random bits, base64url without padding (43 characters),
 * stored only as its SHA-256. With this much entropy a fast hash cannot be reversed by guessing, and it stays
 * deterministic, so the link is found by its hash.
 */
public final class LinkSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private LinkSecret() {
    }

    public static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Anything else (a truncated link, say) is refused without a database look-up. */
    public static boolean hasShape(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
