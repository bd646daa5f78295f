package com.activationdesk.dashboard.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a table of a feature the dashboards only read (co-administrators, the mail log) exists in this
 * database. Asked once per table and then remembered: Liquibase creates the schema before the first request.
 */
@Component
class OptionalTables {

    static final String CO_ADMINISTRATORS = "request_co_admin";
    static final String MAIL_OUTBOX = "mail_outbox";

    private final JdbcTemplate jdbc;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    OptionalTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String table) {
        return known.computeIfAbsent(table, name -> {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name = ?", Long.class, name);
            return count != null && count > 0;
        });
    }
}
