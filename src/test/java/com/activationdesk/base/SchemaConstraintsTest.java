package com.activationdesk.base;

import com.activationdesk.IntegrationTest;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Liquibase built the schema on MariaDB (the context starts only if Hibernate validates it), and the database
 * itself refuses data the Java code would also refuse.
 */
@IntegrationTest
class SchemaConstraintsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void liquibaseAppliedTheChangelogOnMariaDb() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("mariadb");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID LIKE '001-%'", Integer.class))
                .isGreaterThanOrEqualTo(4);
    }

    /**
     * Parameters of a stored routine without a collation take the database's default: on a database created with
     * utf8mb4_general_ci (MariaDB 10.11's default) every request update failed in the scope-count trigger with
     * "Illegal mix of collations" (changeset 039); the same for the local variables of the totals trigger. The
     * embedded server's default hides it, so the definitions are checked: every text parameter and variable names
     * the collation of the table it is compared with.
     */
    @Test
    void countingRoutinesDoNotDependOnTheDatabaseDefaultCollation() {
        String definition = jdbc.queryForObject("SHOW CREATE PROCEDURE request_scope_status_move",
                (rs, row) -> rs.getString("Create Procedure"));
        String table = jdbc.queryForObject("""
                SELECT collation_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = 'request_scope_status' AND column_name = 'status'""",
                String.class);
        assertThat(definition).contains("p_kind CHAR(1) CHARACTER SET utf8mb4 COLLATE " + table,
                "p_old_status VARCHAR(30) CHARACTER SET utf8mb4 COLLATE " + table,
                "p_new_status VARCHAR(30) CHARACTER SET utf8mb4 COLLATE " + table);
        String totals = jdbc.queryForObject("SHOW CREATE TRIGGER trg_request_total_update",
                (rs, row) -> rs.getString("SQL Original Statement"));
        assertThat(totals).contains("old_platform VARCHAR(30) CHARACTER SET utf8mb4 COLLATE " + table,
                "old_country VARCHAR(2) CHARACTER SET utf8mb4 COLLATE " + table,
                "new_platform VARCHAR(30) CHARACTER SET utf8mb4 COLLATE " + table,
                "new_country VARCHAR(2) CHARACTER SET utf8mb4 COLLATE " + table);
    }

    @Test
    void databaseRejectsDuplicateEmail() {
        long vendor = organizationId("VENDOR");
        insertUser("dup-check@vendor.example", "ADMIN", vendor, "VENDOR");
        assertThatThrownBy(() -> insertUser("dup-check@vendor.example", "ADMIN", vendor, "VENDOR"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void databaseRejectsRoleThatDoesNotFitTheOrganisation() {
        long partner = organizationId("PARTNER");
        assertThatThrownBy(() -> insertUser("cam-at-partner@partner.example", "CAM", partner, "PARTNER"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void databaseRejectsOrganisationTypeThatDoesNotMatchTheReferencedOrganisation() {
        long partner = organizationId("PARTNER");
        assertThatThrownBy(() -> insertUser("fake-vendor@partner.example", "ADMIN", partner, "VENDOR"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void databaseRejectsCamOnADistributorAndTierOnANonPartner() {
        long cam = jdbc.queryForObject("SELECT MIN(id) FROM app_user WHERE role = 'CAM'", Long.class);
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO organization (name, type, cam_id) VALUES ('Bad Distri', 'DISTRIBUTOR', ?)", cam))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO organization (name, type, tier) VALUES ('Bad Vendor', 'VENDOR', 'TIER_1')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO organization (name, type) VALUES ('Partner Without Tier', 'PARTNER')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void databaseRejectsRequestWhosePartnerIsNotAPartnerOrganisation() {
        // a partner of its own, so the accepted request changes no demo partner's counts
        jdbc.update("INSERT INTO organization (name, type, tier) VALUES (?, 'PARTNER', 'TIER_1')", Unique.name("Partner"));
        long partner = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        insertUser(Unique.email("user", "partner.example"), "PARTNER", partner, "PARTNER");
        long user = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);

        insertRequest(partner, user);
        assertThatThrownBy(() -> insertRequest(organizationId("VENDOR"), user))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRequest(organizationId("DISTRIBUTOR"), user))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void databaseRejectsUpperCaseEmail() {
        long vendor = organizationId("VENDOR");
        assertThatThrownBy(() -> insertUser("Upper@Vendor.example", "ADMIN", vendor, "VENDOR"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long organizationId(String type) {
        return jdbc.queryForObject("SELECT MIN(id) FROM organization WHERE type = ?", Long.class, type);
    }

    private void insertRequest(long partnerId, long createdById) {
        jdbc.update("""
                INSERT INTO activation_request (reference, status, partner_id, partner_tier, created_by_id, created_at,
                  updated_at) VALUES (?, 'DRAFT', ?, 'TIER_1', ?, NOW(6), NOW(6))""",
                Unique.reference("UP-S"), partnerId, createdById);
    }

    private void insertUser(String email, String role, long organizationId, String organizationType) {
        jdbc.update("""
                INSERT INTO app_user (email, display_name, password_hash, role, organization_id, organization_type)
                VALUES (?, 'Test', '{noop}x', ?, ?, ?)""", email, role, organizationId, organizationType);
    }
}
