package com.activationdesk.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.RunAs;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.AuditFilter;
import com.activationdesk.audit.AuditSubjectType;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.request.service.UnifyVideoRegister.ImportReport;
import com.activationdesk.request.service.UnifyVideoRegister;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.MUSTER_ADMIN;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV import of addresses once used with Unify Video: formats, counting, line numbers and who may import. */
@IntegrationTest
class UnifyVideoRegisterTest {

    @Autowired
    UnifyVideoRegister register;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail auditTrail;

    @Test
    void anImportIsAuditedWithWhoTheFileAndTheCounts() {
        String t = Unique.tag();
        String fileName = "register-" + t + ".csv";
        ImportReport report = runAs.as(OPS1, () -> register.importCsv(fileName, new ByteArrayInputStream(
                ("n." + t + "@video.example\nn." + t + "@video.example\nbroken").getBytes(StandardCharsets.UTF_8))));
        assertThat(report.imported()).isEqualTo(1);

        AuditEntryView entry = runAs.as(VENDOR_ADMIN, () -> auditTrail.search(
                new AuditFilter(fileName, null, null, null, null, AuditSubjectType.REGISTER), PageRequest.of(0, 5)))
                .getFirst();
        assertThat(entry.action()).isEqualTo("REGISTER_IMPORT");
        assertThat(entry.subject().label()).isEqualTo(fileName);
        assertThat(entry.actor().email()).isEqualTo(OPS1);
        assertThat(entry.changes()).containsExactly(new FieldChange("imported", null, "1"),
                new FieldChange("alreadyPresent", null, "1"), new FieldChange("invalid", null, "1"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE subject_label = ?", Long.class,
                fileName)).isEqualTo(1);
    }

    @Test
    void onePerLineWithMixedCaseDuplicatesBlankAndInvalidLines() {
        String t = Unique.tag();
        String csv = String.join("\n",
                "A." + t + "@Video.Example",        // 1
                "",                                 // 2
                "b." + t + "@video.example",        // 3
                "a." + t + "@VIDEO.example",        // 4 repeats line 1
                "not an address",                   // 5
                "  c." + t + "@video.example  ",    // 6
                "   ",                              // 7
                "d." + t + "@video",                // 8 no top-level domain
                "\"e." + t + "@video.example\"");   // 9 quoted
        long before = size();

        ImportReport report = importCsv(OPS1, csv);

        assertThat(report.imported()).isEqualTo(4);
        assertThat(report.alreadyPresent()).isEqualTo(1);
        assertThat(report.invalid()).isEqualTo(2);
        assertThat(report.invalidLines()).containsExactly("5: not an address", "8: d." + t + "@video");
        assertThat(size()).isEqualTo(before + 4);
        assertThat(stored(t)).containsExactly("a." + t + "@video.example", "b." + t + "@video.example",
                "c." + t + "@video.example", "e." + t + "@video.example");
        assertThat(runAs.as(OPS1, () -> register.contains("A." + t.toUpperCase() + "@VIDEO.EXAMPLE"))).isTrue();
        assertThat(runAs.as(OPS1, () -> register.contains("d." + t + "@video"))).isFalse();
    }

    @Test
    void addressesAlreadyInTheDatabaseCountAsPresent() {
        String t = Unique.tag();
        importCsv(OPS1, "x." + t + "@video.example\ny." + t + "@video.example");

        ImportReport again = importCsv(OPS2,
                "X." + t + "@Video.Example\nz." + t + "@video.example\ny." + t + "@video.example\nz." + t + "@video.example");

        assertThat(again.imported()).isEqualTo(1);
        assertThat(again.alreadyPresent()).isEqualTo(3); // x and y from before, z repeated in the file
        assertThat(again.invalid()).isZero();
        assertThat(again.invalidLines()).isEmpty();
        assertThat(stored(t)).containsExactly("x." + t + "@video.example", "y." + t + "@video.example",
                "z." + t + "@video.example");
    }

    @Test
    void commaSeparatedWithHeaderOtherColumnsAndQuotes() {
        String t = Unique.tag();
        String csv = String.join("\n",
                "name,email,note",                                                       // 1
                "\"Doe, John\",John." + t + "@Video.example,\"first, second\"",        // 2
                "Jane,\"jane." + t + "@video.example\",",                                // 3
                "Max,,no address",                                                       // 4
                "Erika,erika." + t + "@video.example",                                   // 5 fewer columns
                "\"Quote \"\"Q\"\"\",q." + t + "@video.example,x");                      // 6 escaped quotes
        ImportReport report = importCsv(OPS1, csv);

        assertThat(report).isEqualTo(new ImportReport(4, 0, 1, List.of("4: Max,,no address")));
        assertThat(stored(t)).containsExactly("erika." + t + "@video.example", "jane." + t + "@video.example",
                "john." + t + "@video.example", "q." + t + "@video.example");
    }

    @Test
    void semicolonSeparatedExcelExportWithByteOrderMarkAndCommasInNames() {
        String t = Unique.tag();
        String csv = "\uFEFFName;E-Mail;Bemerkung\r\n"                                    // 1
                + "Müller, Hans;hans." + t + "@video.example;Altkunde, seit 2019\r\n"     // 2 comma unquoted
                + "\"Schmidt; Eva\";\"EVA." + t + "@Video.Example\";\"sagt \"\"ja\"\"\"\r\n" // 3
                + "\r\n"                                                                  // 4
                + "Ohne;kaputt@;x\r\n";                                                   // 5
        ImportReport report = importCsv(OPS1, csv);

        assertThat(report).isEqualTo(new ImportReport(2, 0, 1, List.of("5: Ohne;kaputt@;x")));
        assertThat(stored(t)).containsExactly("eva." + t + "@video.example", "hans." + t + "@video.example");
    }

    @Test
    void headerEmailAloneAndLeadingBlankLines() {
        String t = Unique.tag();
        ImportReport report = importCsv(OPS1, "\n\n\"Email\"\nf." + t + "@video.example\n");
        assertThat(report).isEqualTo(new ImportReport(1, 0, 0, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name;phone\nJohn;+4989123456\n", "name,mail\nJohn,john@video.example\n", "not an address\n"})
    void headerWithoutEmailColumnIsRefusedAndNothingIsImported(String csv) {
        long before = size();
        assertThatThrownBy(() -> importCsv(OPS1, csv))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("register.error.no-email-column"));
        assertThat(size()).isEqualTo(before);
    }

    @Test
    void addressLongerThanTheColumnIsReportedNotFatal() {
        String t = Unique.tag();
        String tooLong = t + "a".repeat(255 - t.length() - "@video.example".length()) + "@video.example";
        assertThat(tooLong).hasSize(255);
        ImportReport report = importCsv(OPS1, "ok." + t + "@video.example\n" + tooLong);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.invalid()).isEqualTo(1);
        assertThat(report.invalidLines()).singleElement().asString().startsWith("2: " + t).endsWith("...");
    }

    @Test
    void onlyCloudOpsAndAdministratorsMayImport() {
        String t = Unique.tag();
        for (String user : List.of(NORDLICHT_USER1, ALPHA_USER1, CAM1,
                DAM1, MUSTER_ADMIN)) {
            assertThatThrownBy(() -> importCsv(user, "p." + t + "@video.example"))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(user, () -> register.size()))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(stored(t)).isEmpty();

        assertThat(importCsv(VENDOR_ADMIN, "p." + t + "@video.example").imported()).isEqualTo(1);
        assertThat(importCsv(OPS2, "q." + t + "@video.example").imported()).isEqualTo(1);
        // anyone logged in may ask whether an address is registered (the partner's form does)
        assertThat(runAs.as(NORDLICHT_USER1, () -> register.contains("P." + t + "@video.example"))).isTrue();
    }

    @Test
    void largeFileImportsWithExactCounts() {
        String t = Unique.tag();
        List<String> lines = new ArrayList<>();
        lines.add("email;source");
        List<Integer> invalidLineNumbers = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            lines.add("user" + i + "." + t + "@video.example;export");
            if (i % 50 == 0) {
                lines.add("USER" + i + "." + t.toUpperCase() + "@VIDEO.EXAMPLE;repeat"); // 100 repeats
            }
            if (i % 80 == 0) {
                lines.add("broken-" + i + ";export"); // 63 invalid lines
                invalidLineNumbers.add(lines.size());
            }
            if (i % 500 == 0) {
                lines.add("");
            }
        }
        String csv = String.join("\n", lines);
        long before = size();

        ImportReport report = importCsv(OPS1, csv);

        assertThat(report.imported()).isEqualTo(5_000);
        assertThat(report.alreadyPresent()).isEqualTo(100);
        assertThat(report.invalid()).isEqualTo(63);
        assertThat(report.invalidLines()).hasSize(UnifyVideoRegister.MAX_REPORTED_INVALID);
        assertThat(report.invalidLines().getFirst()).isEqualTo(invalidLineNumbers.getFirst() + ": broken-0;export");
        assertThat(report.invalidLines().getLast()).isEqualTo(invalidLineNumbers.get(49) + ": broken-3920;export");
        assertThat(size()).isEqualTo(before + 5_000);
        assertThat(stored(t)).hasSize(5_000);

        ImportReport again = importCsv(OPS1, csv);
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(5_100);
        assertThat(again.invalid()).isEqualTo(63);
    }

    private ImportReport importCsv(String user, String csv) {
        return runAs.as(user, () -> register.importCsv("register.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }

    private long size() {
        return runAs.as(OPS1, () -> register.size());
    }

    /** The stored addresses containing the test's tag, sorted: what really reached MariaDB. */
    private List<String> stored(String tag) {
        return jdbc.queryForList("SELECT email FROM unify_video_address WHERE email LIKE ? ORDER BY email",
                String.class, "%" + tag + "%");
    }
}
