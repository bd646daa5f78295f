package com.activationdesk.mail;

import java.util.Locale;
import java.util.Map;

/**
 * A mail to enqueue. The template ({@code src/main/resources/mail/<template>_<lang>.txt/.html}) is rendered with
 * the model at enqueue time in the recipient's language.
 *
 * @param idempotencyKey unique per mail (max. 200 characters): a second enqueue with the same key is ignored
 * @param requestId      the request the mail is about, or {@code null}
 */
public record OutgoingMail(String idempotencyKey, String recipient, Locale locale, String template,
                           Map<String, Object> model, Long requestId, String requestReference) {

    public OutgoingMail {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IllegalArgumentException("Idempotency key must have 1 to 200 characters: " + idempotencyKey);
        }
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("Mail " + idempotencyKey + " has no recipient");
        }
        model = Map.copyOf(model);
    }
}
