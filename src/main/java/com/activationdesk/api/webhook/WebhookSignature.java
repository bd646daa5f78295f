package com.activationdesk.api.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code Webhook-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}, with the Unix seconds of
 * {@code Webhook-Timestamp}: a receiver recomputes it and refuses old timestamps, so a recorded delivery cannot be
 * replayed later (docs/api.md has a verification example).
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String of(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
