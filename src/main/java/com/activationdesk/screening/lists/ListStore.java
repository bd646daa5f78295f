package com.activationdesk.screening.lists;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The list tables, written in bulk: entries, aliases and name keys go in as multi-row INSERTs of up to
 * {@value #ROWS_PER_STATEMENT} rows (tens of thousands of entries in seconds). Every method runs in the caller's
 * transaction: an import is one transaction from the new version's row to the old version's deletion.
 */
@Component
class ListStore {

    static final int ROWS_PER_STATEMENT = 2000;

    private final JdbcTemplate jdbc;

    ListStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record ActiveVersion(long id, Map<String, String> hashesByExternalId) {
    }

    /** The source's active version with its entries' content hashes, locked until the import commits. */
    Optional<ActiveVersion> activeVersion(String source) {
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM screening_list_version WHERE source = ? AND active FOR UPDATE", Long.class, source);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> hashes = new HashMap<>();
        jdbc.query("SELECT external_id, content_hash FROM screening_entry WHERE version_id = ?",
                rs -> {
                    hashes.put(rs.getString(1), rs.getString(2));
                }, ids.getFirst());
        return Optional.of(new ActiveVersion(ids.getFirst(), hashes));
    }

    /** A new, not yet active version row; its counts are filled in by {@link #activate}. */
    long createVersion(String source, String importedBy, Instant importedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO screening_list_version (source, sha256, entry_count, alias_count, added_count,
                        changed_count, removed_count, imported_by, imported_at, active)
                    VALUES (?, '', 0, 0, 0, 0, 0, ?, ?, FALSE)""", Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, source);
            insert.setString(2, importedBy);
            insert.setTimestamp(3, Timestamp.from(importedAt));
            return insert;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    void insertEntries(List<Object[]> rows) {
        insert("screening_entry (version_id, entry_no, external_id, reference, subject_type, countries, content_hash)",
                7, rows);
    }

    void insertAliases(List<Object[]> rows) {
        insert("screening_alias (version_id, alias_no, entry_no, listed_name, normalized)", 5, rows);
    }

    void insertNameKeys(List<Object[]> rows) {
        insert("screening_name_key (name_key, version_id, alias_no)", 3, rows);
    }

    /** Makes the new version the active one and deletes the previous version's entries (its row stays as history). */
    void activate(long versionId, ImportCounts counts, Long previousId) {
        jdbc.update("""
                        UPDATE screening_list_version SET publication_date = ?, sha256 = ?, entry_count = ?,
                            alias_count = ?, added_count = ?, changed_count = ?, removed_count = ?, active = TRUE
                         WHERE id = ?""", counts.publicationDate(), counts.sha256(), counts.entries(),
                counts.aliases(), counts.added(), counts.changed(), counts.removed(), versionId);
        if (previousId != null) {
            jdbc.update("UPDATE screening_list_version SET active = FALSE WHERE id = ?", previousId);
            jdbc.update("DELETE FROM screening_name_key WHERE version_id = ?", previousId);
            jdbc.update("DELETE FROM screening_alias WHERE version_id = ?", previousId);
            jdbc.update("DELETE FROM screening_entry WHERE version_id = ?", previousId);
        }
    }

    private void insert(String tableAndColumns, int width, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String row = "(" + "?,".repeat(width - 1) + "?)";
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" VALUES ");
            List<Object> arguments = new ArrayList<>(chunk.size() * width);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append(row);
                arguments.addAll(List.of(chunk.get(i)));
            }
            jdbc.update(sql.toString(), arguments.toArray());
        }
    }
}
