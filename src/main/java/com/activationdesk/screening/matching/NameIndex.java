package com.activationdesk.screening.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The candidate lookup: the aliases of active list versions that share the most name keys with the screened
 * name, found through the primary key of {@code screening_name_key} in one statement. Only these few are scored
 * in Java; the rest of the list is never read.
 */
@Component
public class NameIndex {

    /** Aliases scored per screening at most: more than enough for a name, few enough for a quick answer. */
    static final int CANDIDATES = 300;

    /**
     * {@code STRAIGHT_JOIN} keeps the written order: the ranked keys first, then version, alias and entry by primary
     * key. Left to itself, MariaDB sometimes started from the version and read all its aliases (150,000 for 50,000
     * entries), probing the ranking for each: 100–700 ms instead of 1–3 ms. InnoDB's sampled statistics count 0
     * distinct versions while one version fills the table, so the optimizer expected one alias per version; which
     * plan won varied with the name's keys and from run to run (docs/screening.md, Benchmark). The written order
     * needs no statistics: at most {@value #CANDIDATES} primary-key lookups per table.
     */
    static final String CANDIDATES_SQL = """
            SELECT STRAIGHT_JOIN
                   v.source, e.reference, e.countries, a.listed_name, a.normalized, a.entry_no, a.version_id
              FROM (SELECT version_id, alias_no, COUNT(*) AS hits
                      FROM screening_name_key
                     WHERE name_key IN (:keys)
                     GROUP BY version_id, alias_no
                     ORDER BY hits DESC
                     LIMIT :limit) c
              JOIN screening_list_version v ON v.id = c.version_id AND v.active
              JOIN screening_alias a ON a.version_id = c.version_id AND a.alias_no = c.alias_no
              JOIN screening_entry e ON e.version_id = a.version_id AND e.entry_no = a.entry_no
            """;

    private final JdbcClient jdbc;

    NameIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Candidate> candidates(Collection<String> tokens) {
        Set<String> keys = NameKeys.of(tokens);
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CANDIDATES_SQL).param("keys", keys).param("limit", CANDIDATES)
                .query((rs, row) -> new Candidate(rs.getString("source"), rs.getString("reference"),
                        countries(rs.getString("countries")), rs.getString("listed_name"),
                        List.of(rs.getString("normalized").split(" ")),
                        rs.getLong("version_id") + ":" + rs.getInt("entry_no")))
                .list();
    }

    private static Set<String> countries(String joined) {
        return joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(",")));
    }

    /**
     * An alias that shares keys with the screened name.
     *
     * @param entryKey identifies the listed entry, so several aliases of one entry give one match
     */
    public record Candidate(String source, String reference, Set<String> countries, String listedName,
                            List<String> tokens, String entryKey) {
    }
}
