package com.activationdesk.request.domain;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a request is found by in the grid's free text, and the same treatment for what the user types: lower
 * case, accents folded ("Müller" → "muller", "Straße" → "strasse"), split at everything that is not a letter or
 * digit. Stored one row per word (table {@code request_search_word}), so a word prefix is an index range and a
 * common word can be checked row by row while the grid walks its order; both give the same rows.
 */
public final class SearchWords {

    /** The column's width; longer words are stored and searched by their first this many characters. */
    public static final int MAX_LENGTH = 64;

    private SearchWords() {
    }

    /** The distinct words of all {@code texts}, in order of appearance; {@code null}s are skipped. */
    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : fold(text).split("[^a-z0-9]+")) {
                if (!word.isEmpty()) {
                    words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
                }
            }
        }
        return words;
    }

    /** What the user typed, as the word prefixes to look for (each must start a word of the request). */
    public static List<String> prefixes(String typed) {
        return List.copyOf(of(typed));
    }

    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ı", "i");
        return Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }
}
