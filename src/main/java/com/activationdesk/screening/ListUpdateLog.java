package com.activationdesk.screening;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The state of list updates in the database ({@code screening_list_update}, changesets 049 and 051), so an admin on
 * any instance sees the progress of an update that another instance runs. Each write commits on its own (no
 * transaction around an update), so the progress is visible while the update runs. Each write is also a heartbeat
 * ({@code updated_at}): a running update silent for longer than {@link #SILENCE} was stopped by a crash and reads
 * as interrupted.
 */
@Component
class ListUpdateLog {

    /** Between error arguments; each starts with its type: {@code n} a whole number, {@code d} a decimal, else text. */
    private static final String SEPARATOR = "\u001F";
    private static final int MAX_ARGUMENT = 500;
    private static final int MAX_ORIGIN = 1000;

    /**
     * Longer than any step between two writes: a re-screen writes every few requests, and the import, which writes
     * only before and after, took 21 s for a 46 MB file here (docs/screening.md); the largest accepted is 150 MB.
     */
    static final Duration SILENCE = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    ListUpdateLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a new update; returns its id for {@link #save}. */
    long start(ListUpdateStatus status) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO screening_list_update (phase, source, origin, started_at, updated_at, rescreened,
                            to_rescreen, new_tenant_alerts) VALUES (?, ?, ?, ?, ?, 0, 0, 0)""")
                .params(status.phase().name(), status.source(), cut(String.valueOf(status.origin()), MAX_ORIGIN),
                        Timestamp.from(status.startedAt()), Timestamp.from(clock.instant()))
                .update(key);
        long id = key.getKeyAs(Number.class).longValue();
        save(id, status);
        return id;
    }

    void save(long id, ListUpdateStatus status) {
        ListImportResult result = status.result();
        jdbc.sql("""
                        UPDATE screening_list_update SET phase = ?, version_id = ?, warnings = ?, error_key = ?,
                            error_arguments = ?, rescreened = ?, to_rescreen = ?, new_tenant_alerts = ?,
                            updated_at = ?
                         WHERE id = ?""")
                .params(status.phase().name(), result == null ? null : result.versionId(),
                        result == null || result.warnings().isEmpty() ? null : String.join("\n", result.warnings()),
                        status.errorKey(), status.errorKey() == null ? null : arguments(status.errorArguments()),
                        status.rescreened(), status.toRescreen(), status.newTenantAlerts(),
                        Timestamp.from(clock.instant()), id)
                .update();
    }

    /** The latest update of any instance; one still running but silent for longer than {@link #SILENCE} is over. */
    Optional<ListUpdateStatus> latest() {
        Instant silentSince = clock.instant().minus(SILENCE);
        return jdbc.sql("SELECT * FROM screening_list_update ORDER BY id DESC LIMIT 1")
                .query((rs, row) -> {
                    ListUpdateStatus status = status(rs);
                    boolean silent = rs.getTimestamp("updated_at").toInstant().isBefore(silentSince);
                    return status.running() && silent ? status.interrupted() : status;
                }).optional();
    }

    private ListUpdateStatus status(ResultSet rs) throws SQLException {
        long versionId = rs.getLong("version_id");
        ListImportResult result = rs.wasNull() ? null : imported(versionId, rs.getString("warnings"));
        String errorArguments = rs.getString("error_arguments");
        return new ListUpdateStatus(ListUpdateStatus.Phase.valueOf(rs.getString("phase")), rs.getString("source"),
                rs.getString("origin"), rs.getTimestamp("started_at").toInstant(), result, rs.getString("error_key"),
                errorArguments == null ? List.of() : arguments(errorArguments), rs.getInt("rescreened"),
                rs.getInt("to_rescreen"), rs.getInt("new_tenant_alerts"));
    }

    private ListImportResult imported(long versionId, String warnings) {
        return jdbc.sql("SELECT * FROM screening_list_version WHERE id = ?").param(versionId)
                .query((rs, row) -> {
                    ListVersion v = ListUpdates.version(rs);
                    return new ListImportResult(v.id(), v.source(), v.publicationDate(), v.sha256(), v.entries(),
                            v.aliases(), v.added(), v.changed(), v.removed(), v.importedBy(), v.importedAt(),
                            warnings == null ? List.of() : List.of(warnings.split("\n")));
                }).single();
    }

    /** Keeps each argument's type: a message such as {@code {1,number,#}} needs a number back, not text. */
    static String arguments(List<Object> arguments) {
        List<String> encoded = new ArrayList<>();
        for (Object argument : arguments) {
            if (argument instanceof Integer || argument instanceof Long || argument instanceof Short) {
                encoded.add("n" + argument);
            } else if (argument instanceof Number number) {
                encoded.add("d" + number);
            } else {
                encoded.add("s" + cut(String.valueOf(argument).replace(SEPARATOR, " "), MAX_ARGUMENT));
            }
        }
        return String.join(SEPARATOR, encoded);
    }

    static List<Object> arguments(String encoded) {
        return Arrays.stream(encoded.split(SEPARATOR, -1)).filter(a -> !a.isEmpty()).map(a -> switch (a.charAt(0)) {
            case 'n' -> (Object) Long.valueOf(a.substring(1));
            case 'd' -> new BigDecimal(a.substring(1));
            default -> a.substring(1);
        }).toList();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
