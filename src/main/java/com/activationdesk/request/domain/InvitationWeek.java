package com.activationdesk.request.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;

/**
 * The week of an invitation: the Monday, in the business zone, of the week it was sent in. Also the Liquibase
 * step of changeset 017 that sets it for invitations sent before the column existed (parameter {@code zone}).
 */
public class InvitationWeek extends JavaMigration {

    private String zone;

    public static LocalDate of(Instant sentAt, ZoneId zone) {
        return LocalDate.ofInstant(sentAt, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Liquibase: the business zone, from {@code spring.liquibase.parameters.businessZone}. */
    public void setZone(String zone) {
        this.zone = zone;
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            backfill(((JdbcConnection) database.getConnection()).getUnderlyingConnection(), ZoneId.of(zone));
        } catch (SQLException e) {
            throw new CustomChangeException("Could not set invitation_week", e);
        }
    }

    /** Sets the week of every invitation that has none; returns how many. */
    public static int backfill(Connection connection, ZoneId zone) throws SQLException {
        int updated = 0;
        try (Statement select = connection.createStatement();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE activation_request SET invitation_week = ? WHERE id = ?")) {
            select.setFetchSize(5_000);
            try (ResultSet rows = select.executeQuery("SELECT id, invitation_sent_at FROM activation_request"
                    + " WHERE invitation_sent_at IS NOT NULL AND invitation_week IS NULL")) {
                while (rows.next()) {
                    // columns hold UTC wall-clock time
                    Instant sentAt = rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    update.setObject(1, of(sentAt, zone));
                    update.setLong(2, rows.getLong(1));
                    update.addBatch();
                    if (++updated % 5_000 == 0) {
                        update.executeBatch();
                    }
                }
                update.executeBatch();
            }
        }
        return updated;
    }

    @Override
    public String getConfirmationMessage() {
        return "invitation_week set";
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors();
        try {
            ZoneId.of(zone);
        } catch (RuntimeException e) {
            errors.addError("InvitationWeek needs a valid zone, got " + zone);
        }
        return errors;
    }
}
