package com.activationdesk.screening.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.activationdesk.base.domain.Sha256;
import com.activationdesk.screening.matching.NameKeys;
import com.activationdesk.screening.matching.NameNormalizer;

/**
 * Turns the entries of one file into rows of a new version as they stream in (normalised aliases and their name
 * keys), writes them in batches, and counts added and changed entries against the previous version. Names that
 * cannot be screened (only punctuation or symbols, longer than {@value #MAX_NAME} characters) are left out with
 * a warning; an entry left without any name is skipped.
 */
final class VersionWriter {

    static final int MAX_NAME = 500;
    private static final int FLUSH_AT_KEYS = 20_000;
    private static final int MAX_WARNINGS = 50;

    private final ListStore store;
    private final long versionId;
    private final Map<String, String> previousHashes;
    private final List<Object[]> entryRows = new ArrayList<>();
    private final List<Object[]> aliasRows = new ArrayList<>();
    private final List<Object[]> keyRows = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int skippedWarnings;
    private int entries;
    private int aliases;
    private int added;
    private int changed;

    VersionWriter(ListStore store, long versionId, Map<String, String> previousHashes) {
        this.store = store;
        this.versionId = versionId;
        this.previousHashes = new LinkedHashMap<>(previousHashes);
    }

    void add(ListedEntry entry) {
        Map<String, String> normalizedByName = new LinkedHashMap<>();
        for (String name : entry.names()) {
            String normalized = NameNormalizer.normalize(name);
            if (name.length() > MAX_NAME) {
                warn(entry, "longer than " + MAX_NAME + " characters: " + name.substring(0, 40) + "…");
            } else if (normalized.isEmpty()) {
                warn(entry, "no letters or digits: \"" + name + "\"");
            } else if (!normalizedByName.containsValue(normalized)) {
                normalizedByName.put(name, normalized);
            }
        }
        if (normalizedByName.isEmpty()) {
            warn(entry, "entry skipped, it has no name that can be screened");
            return;
        }
        int entryNo = ++entries;
        String countries = String.join(",", entry.countries());
        String hash = Sha256.hex(String.join("\n", entry.reference(), entry.subjectType(), countries,
                String.join("\n", normalizedByName.keySet())));
        String previous = previousHashes.remove(entry.externalId());
        if (previous == null) {
            added++;
        } else if (!previous.equals(hash)) {
            changed++;
        }
        entryRows.add(new Object[]{versionId, entryNo, cut(entry.externalId(), 64), cut(entry.reference(), 100),
                entry.subjectType(), cut(countries, 255), hash});
        normalizedByName.forEach((name, normalized) -> addAlias(entryNo, name, normalized));
        if (keyRows.size() >= FLUSH_AT_KEYS) {
            flush();
        }
    }

    private void addAlias(int entryNo, String name, String normalized) {
        int aliasNo = ++aliases;
        String stored = normalized.length() <= MAX_NAME ? normalized
                : normalized.substring(0, normalized.lastIndexOf(' ', MAX_NAME));
        aliasRows.add(new Object[]{versionId, aliasNo, entryNo, name, stored});
        for (String key : NameKeys.of(List.of(stored.split(" ")))) {
            keyRows.add(new Object[]{key, versionId, aliasNo});
        }
    }

    /** Writes what is pending; entries before aliases before keys (foreign keys). */
    void flush() {
        store.insertEntries(entryRows);
        store.insertAliases(aliasRows);
        store.insertNameKeys(keyRows);
        entryRows.clear();
        aliasRows.clear();
        keyRows.clear();
    }

    ImportCounts counts(java.time.LocalDate publicationDate, String sha256) {
        return new ImportCounts(publicationDate, sha256, entries, aliases, added, changed, previousHashes.size());
    }

    List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        if (skippedWarnings > 0) {
            all.add("… and " + skippedWarnings + " more");
        }
        return all;
    }

    private void warn(ListedEntry entry, String problem) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(entry.reference() + ": " + problem);
        } else {
            skippedWarnings++;
        }
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
