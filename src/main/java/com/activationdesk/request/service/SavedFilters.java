package com.activationdesk.request.service;

import java.util.List;
import java.util.Optional;

import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's named grid filters and the user's grid columns (order, visibility, widths); a user only ever sees,
 * changes and deletes their own.
 */
@Service
@Transactional
public class SavedFilters {

    public static final int MAX_NAME = 80;
    private static final int MAX_QUERY = 2000;
    /** The grid's own description of its columns; far longer than a dozen columns need. */
    public static final int MAX_COLUMNS = 1000;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    SavedFilters(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SavedFilter> mine() {
        return jdbc.sql("SELECT id, name, query FROM saved_filter WHERE user_id = ? ORDER BY name")
                .param(currentUser.require().userId())
                .query((rs, row) -> new SavedFilter(rs.getLong("id"), rs.getString("name"), rs.getString("query")))
                .list();
    }

    /** Saves under the name, replacing a filter of the same name. */
    @PreAuthorize("isAuthenticated()")
    public void save(String name, String query) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new FieldValidationException("name", "validation.required");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new FieldValidationException("name", "validation.max-length-n", MAX_NAME);
        }
        if (query == null || query.length() > MAX_QUERY) {
            throw new FieldValidationException("name", "requests.filter.too-long");
        }
        long userId = currentUser.require().userId();
        int updated = jdbc.sql("UPDATE saved_filter SET query = ? WHERE user_id = ? AND name = ?")
                .params(query, userId, trimmed).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO saved_filter (user_id, name, query) VALUES (?, ?, ?)")
                        .params(userId, trimmed, query).update();
            } catch (DuplicateKeyException e) {
                jdbc.sql("UPDATE saved_filter SET query = ? WHERE user_id = ? AND name = ?")
                        .params(query, userId, trimmed).update();
            }
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void delete(long id) {
        jdbc.sql("DELETE FROM saved_filter WHERE id = ? AND user_id = ?").params(id, currentUser.require().userId()).update();
    }

    /** The columns the user arranged last, as the grid described them; empty before the first change. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> myColumns() {
        return jdbc.sql("SELECT columns FROM grid_columns WHERE user_id = ?").param(currentUser.require().userId())
                .query(String.class).optional();
    }

    /** Remembers the user's columns, replacing the previous arrangement. */
    @PreAuthorize("isAuthenticated()")
    public void saveMyColumns(String columns) {
        if (columns == null || columns.length() > MAX_COLUMNS) {
            throw new IllegalArgumentException("A column arrangement of up to " + MAX_COLUMNS + " characters");
        }
        long userId = currentUser.require().userId();
        // One statement, so two tabs changing columns at once cannot collide on the primary key.
        jdbc.sql("INSERT INTO grid_columns (user_id, columns) VALUES (?, ?) ON DUPLICATE KEY UPDATE columns = VALUES(columns)")
                .params(userId, columns).update();
    }
}
