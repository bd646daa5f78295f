package com.activationdesk.screening.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.Transliterator;

/**
 * Brings a name into the one form both the list and the screened name are compared in: any script transliterated
 * to Latin ASCII (ICU's "Any-Latin; Latin-ASCII": Cyrillic, Greek, Arabic, accents, ß → ss), lower case,
 * punctuation as word breaks (but dots and apostrophes inside a word joined: "S.A." → "sa", "O'Neil" →
 * "oneil"), emoji and other symbols dropped, and legal-form words (GmbH, AG, Ltd, LLC, OOO, S.A., ...) removed,
 * unless nothing else is left. The result is a list of distinct tokens in their original order.
 */
public final class NameNormalizer {

    /** More tokens than any real name has; a longer text is cut here, so a pasted page cannot slow the index. */
    public static final int MAX_TOKENS = 16;
    /** Longer tokens are cut (a key column holds 64 ASCII characters, with a marker). */
    static final int MAX_TOKEN_LENGTH = 60;

    private static final Set<String> LEGAL_FORMS = Set.of(
            "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "ug", "ev", "se", "co", "cie", "ltd", "limited", "llc", "llp",
            "lp", "plc", "inc", "incorporated", "corp", "corporation", "company", "sa", "sas", "sarl", "srl", "spa",
            "sl", "bv", "nv", "oy", "oyj", "ab", "as", "asa", "aps", "ooo", "oao", "zao", "pao", "ao", "jsc", "ojsc",
            "cjsc", "pjsc", "fze", "fzco", "fzc", "pte", "pty", "bhd", "sdn", "tov", "too", "dd", "doo", "kft",
            "zrt", "sro", "spzoo", "zoo");

    /** ICU transliterators are not documented as thread-safe; each thread gets its own. */
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private NameNormalizer() {
    }

    public static List<String> tokens(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String ascii = isAscii(name) ? name : TO_ASCII.get().transliterate(name);
        String joined = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("(?<=\\p{Alnum})[.'’`´](?=\\p{Alnum})", "") // S.A. -> sa, O'Neil -> oneil
                .replaceAll("[^a-z0-9]+", " ").trim();
        if (joined.isEmpty()) {
            return List.of();
        }
        Set<String> all = new LinkedHashSet<>();
        for (String token : joined.split(" ")) {
            if (all.size() == MAX_TOKENS) {
                break;
            }
            all.add(token.length() > MAX_TOKEN_LENGTH ? token.substring(0, MAX_TOKEN_LENGTH) : token);
        }
        List<String> withoutLegalForms = new ArrayList<>(all);
        withoutLegalForms.removeIf(LEGAL_FORMS::contains);
        return withoutLegalForms.isEmpty() ? List.copyOf(all) : List.copyOf(withoutLegalForms);
    }

    /** The tokens joined by single spaces: what is stored as an alias's normalised name. */
    public static String normalize(String name) {
        return String.join(" ", tokens(name));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
