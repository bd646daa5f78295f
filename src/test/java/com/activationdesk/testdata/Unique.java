package com.activationdesk.testdata;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names, e-mails and ids no other test uses: all test classes of one Spring context share one database (and a run
 * against an external MariaDB keeps rows between runs), so every test works only on rows it made itself.
 */
public final class Unique {

    private Unique() {
    }

    /** Eight random hex digits. */
    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** E.g. {@code "Partner 1f3a9c0b"}. */
    public static String name(String prefix) {
        return prefix + " " + tag();
    }

    /** E.g. {@code "ui-1f3a9c0b@example.org"}. */
    public static String email(String localPrefix, String domain) {
        return localPrefix + "-" + tag() + "@" + domain;
    }

    /** A request id far above anything a real sequence reaches. */
    public static long requestId() {
        return ThreadLocalRandom.current().nextLong(1L << 50, Long.MAX_VALUE);
    }

    /** A request reference of at most 20 characters, like the column. */
    public static String reference(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36)
                .toUpperCase(Locale.ROOT);
    }
}
