package com.activationdesk.request.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.activationdesk.audit.AuditSubject;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChanges;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.request.domain.UnifyVideoAddress;
import com.activationdesk.request.domain.UnifyVideoAddressRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of addresses once used with Unify Video, imported from CSV by Cloud Ops (or an admin). Such an
 * address can never become the administrator of a new tenant.
 */
@Service
public class UnifyVideoRegister {

    /** Imports are chunked so one huge file neither holds every address in one statement nor in one list. */
    private static final int BATCH = 1_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;\"]+@[^@\\s,;\"]+\\.[^@\\s,;\"]+$");
    /** The column's length: a longer "address" is reported as invalid instead of failing the whole import. */
    private static final int MAX_EMAIL_LENGTH = 254;

    private final UnifyVideoAddressRepository addresses;
    private final AuditTrail auditTrail;
    private final Clock clock;

    UnifyVideoRegister(UnifyVideoAddressRepository addresses, AuditTrail auditTrail, Clock clock) {
        this.addresses = addresses;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * @param invalidLines line number and content of each line that is not an address, at most
     *                     {@link #MAX_REPORTED_INVALID} of them ({@code invalid} counts all)
     */
    public record ImportReport(int imported, int alreadyPresent, int invalid, List<String> invalidLines) {
    }

    public static final int MAX_REPORTED_INVALID = 50;

    /**
     * Reads one address per line, or a CSV with a header that has a column {@code email}. The header's separator
     * (semicolon if it has one, else comma) splits every line; a quoted cell may contain it. Blank lines are
     * skipped; duplicates within the file count once. The import is audited (who, the file's name, the counts) in
     * its transaction.
     */
    @PreAuthorize("hasAnyRole('CLOUD_OPS', 'ADMIN')")
    @Transactional
    public ImportReport importCsv(String fileName, InputStream csv) {
        int imported = 0;
        int alreadyPresent = 0;
        int invalid = 0;
        List<String> invalidLines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> batch = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            int lineNumber = 1;
            int emailColumn = -1;
            char separator = ',';
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1); // Excel's UTF-8 byte order mark
            }
            while (line != null && line.isBlank()) { // a blank first line is no header
                line = reader.readLine();
                lineNumber++;
            }
            if (line != null && !line.contains("@")) {
                // German Excel writes ';' and leaves commas in names unquoted: split by the header's separator only.
                separator = line.indexOf(';') >= 0 ? ';' : ',';
                emailColumn = headerColumn(cells(line, separator));
                line = reader.readLine();
                lineNumber++;
            }
            for (; line != null; line = reader.readLine(), lineNumber++) {
                if (line.isBlank()) {
                    continue;
                }
                String email = AppUser.normalizeEmail(cell(line, emailColumn, separator));
                if (email == null || email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
                    invalid++;
                    if (invalidLines.size() < MAX_REPORTED_INVALID) {
                        invalidLines.add(lineNumber + ": " + abbreviate(line));
                    }
                    continue;
                }
                if (!seen.add(email)) {
                    alreadyPresent++;
                    continue;
                }
                batch.add(email);
                if (batch.size() == BATCH) {
                    int added = store(batch);
                    imported += added;
                    alreadyPresent += batch.size() - added;
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int added = store(batch);
        imported += added;
        alreadyPresent += batch.size() - added;
        ImportReport report = new ImportReport(imported, alreadyPresent, invalid, List.copyOf(invalidLines));
        audit(fileName, report);
        return report;
    }

    private void audit(String fileName, ImportReport report) {
        auditTrail.recordChange(AuditSubject.register(abbreviate(fileName)), "REGISTER_IMPORT", null,
                new FieldChanges().compare("imported", null, report.imported())
                        .compare("alreadyPresent", null, report.alreadyPresent())
                        .compare("invalid", null, report.invalid()).list());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean contains(String email) {
        return email != null && addresses.existsByEmail(AppUser.normalizeEmail(email));
    }

    @PreAuthorize("hasAnyRole('CLOUD_OPS', 'ADMIN')")
    @Transactional(readOnly = true)
    public long size() {
        return addresses.count();
    }

    private int store(Set<String> emails) {
        if (emails.isEmpty()) {
            return 0;
        }
        Set<String> fresh = new LinkedHashSet<>(emails);
        addresses.findExisting(emails).forEach(fresh::remove);
        var now = clock.instant();
        addresses.saveAll(fresh.stream().map(email -> new UnifyVideoAddress(email, now)).toList());
        addresses.flush();
        return fresh.size();
    }

    private static int headerColumn(List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase("email") || columns.get(i).equalsIgnoreCase("e-mail")) {
                return i;
            }
        }
        throw new DomainException("register.error.no-email-column");
    }

    private static String cell(String line, int column, char separator) {
        if (column < 0) {
            return line.trim().replace("\"", "");
        }
        List<String> cells = cells(line, separator);
        return column < cells.size() ? cells.get(column) : null;
    }

    /** The trimmed cells of one CSV line (RFC 4180 quoting: "a;b" is one cell, "" inside quotes is a quote). */
    private static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    /** A line for the report, or a file's name for the audit entry (its label holds 254 characters). */
    private static String abbreviate(String line) {
        return line == null || line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
