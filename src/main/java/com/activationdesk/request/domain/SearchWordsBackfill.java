package com.activationdesk.request.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;

/**
 * Liquibase step of changeset 015: fills {@code request_search_word} for the requests that exist before it, with
 * the same {@link SearchWords} the application uses (SQL cannot fold accents the same way).
 */
public class SearchWordsBackfill extends JavaMigration {

    private static final int BATCH = 5_000;

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            backfill(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
        } catch (SQLException e) {
            throw new CustomChangeException("Could not fill request_search_word", e);
        }
    }

    /** Inserts the words of every request; requests that already have words are left alone. */
    public static int backfill(Connection connection) throws SQLException {
        int inserted = 0;
        try (Statement select = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT IGNORE INTO request_search_word (request_id, word) VALUES (?, ?)")) {
            select.setFetchSize(BATCH); // streamed: a million requests never sit in memory at once
            try (ResultSet rows = select.executeQuery("SELECT r.id, r.customer_name, r.customer_other_names"
                    + " FROM activation_request r WHERE NOT EXISTS"
                    + " (SELECT 1 FROM request_search_word w WHERE w.request_id = r.id)")) {
                int pending = 0;
                while (rows.next()) {
                    for (String word : SearchWords.of(rows.getString(2), rows.getString(3))) {
                        insert.setLong(1, rows.getLong(1));
                        insert.setString(2, word);
                        insert.addBatch();
                        pending++;
                    }
                    if (pending >= BATCH) {
                        inserted += executed(insert.executeBatch());
                        pending = 0;
                    }
                }
                inserted += executed(insert.executeBatch());
            }
        }
        return inserted;
    }

    private static int executed(int[] counts) {
        int sum = 0;
        for (int count : counts) {
            sum += Math.max(count, 0);
        }
        return sum;
    }

    @Override
    public String getConfirmationMessage() {
        return "request_search_word filled";
    }
}
