package com.activationdesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * The Liquibase step of changeset 027: chains the entries written before the chain existed, in id order (their ids
 * may have gaps from rolled-back inserts; the links, not the ids, carry the order), and creates the head.
 */
public class AuditChainBackfill implements CustomTaskChange {

    private static final int PAGE = 5_000;

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
            AuditChain.Head head = chain(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, ?, ?)")) {
                insert.setLong(1, head.lastId());
                insert.setString(2, head.lastHash());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new CustomChangeException("Could not chain the audit entries", e);
        }
    }

    /**
     * Links every row to the one before it, in id order: reads keyset pages (constant memory) and sets each page's
     * hashes in one batch. Returns the last row's id and hash (0 and the genesis hash for an empty table).
     */
    static AuditChain.Head chain(Connection connection) throws SQLException {
        String previous = ChainedEntry.GENESIS;
        long lastId = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ChainedEntry.COLUMNS
                + " FROM audit_entry WHERE id > ? ORDER BY id LIMIT " + PAGE);
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?")) {
            List<ChainedEntry> page;
            do {
                page = page(select, lastId);
                for (ChainedEntry entry : page) {
                    ChainedEntry linked = entry.withPrevHash(previous);
                    previous = linked.hash();
                    lastId = linked.id();
                    update.setString(1, linked.prevHash());
                    update.setString(2, previous);
                    update.setLong(3, lastId);
                    update.addBatch();
                }
                update.executeBatch();
            } while (page.size() == PAGE);
        }
        return new AuditChain.Head(lastId, previous);
    }

    private static List<ChainedEntry> page(PreparedStatement select, long afterId) throws SQLException {
        select.setLong(1, afterId);
        List<ChainedEntry> page = new ArrayList<>(PAGE);
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                page.add(ChainedEntry.of(rows));
            }
        }
        return page;
    }

    @Override
    public String getConfirmationMessage() {
        return "audit entries chained";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
