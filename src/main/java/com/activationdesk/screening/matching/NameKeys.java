package com.activationdesk.screening.matching;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys under which an alias is found in the candidate index: each token, and for tokens of
 * {@value #AFFIX_FROM} or more letters also their first and their last {@value #AFFIX} letters. A name with one
 * typo in a long token still shares that token's prefix or suffix with the listed one; a name of several words
 * shares the untouched words. Both sides compute keys with this one method.
 */
public final class NameKeys {

    static final int AFFIX = 4;
    static final int AFFIX_FROM = 6;

    private NameKeys() {
    }

    public static Set<String> of(Collection<String> tokens) {
        Set<String> keys = new LinkedHashSet<>();
        for (String token : tokens) {
            keys.add(token);
            if (token.length() >= AFFIX_FROM) {
                keys.add("<" + token.substring(0, AFFIX));
                keys.add(">" + token.substring(token.length() - AFFIX));
            }
        }
        return keys;
    }
}
