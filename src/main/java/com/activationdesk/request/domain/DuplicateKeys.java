package com.activationdesk.request.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The keys of the duplicate-customer warning: a company name and a VAT number reduced to what tells customers
 * apart, stored with each request and compared by the validator and the grid's search.
 */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /** Letters and digits only, lower-case, accents folded: "Müller GmbH & Co." → "mullergmbhco". */
    public static String normalizeName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String normalized = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return normalized.isEmpty() ? null : normalized;
    }

    /** Upper-case, without spaces, dots or dashes: "DE 123.456-789" → "DE123456789". */
    public static String normalizeVat(String vat) {
        if (vat == null || vat.isBlank()) {
            return null;
        }
        String normalized = vat.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return normalized.isEmpty() ? null : normalized;
    }
}
