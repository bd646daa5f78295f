package com.activationdesk.invitation.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import com.activationdesk.base.domain.Sha256;

/**
 * The secret in an invitation link: 32 random bytes (256 bits) from {@link SecureRandom}, base64url without
 * padding (43 characters). Stored as its SHA-256: with this much entropy a fast unsalted hash cannot be reversed
 * by guessing, and it stays deterministic so the link can be looked up by its hash.
 */
public final class InvitationToken {

    private static final int RANDOM_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    private InvitationToken() {
    }

    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text can be a token at all; anything else is answered without a database look-up. */
    public static boolean isWellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /** Lower-case hex SHA-256 of the token's characters (64 characters). */
    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
