package com.activationdesk.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The latest list update (import, then re-screening of open requests and activated tenants) as the admin view
 * shows it, from the database whichever instance runs it; one at a time per instance.
 *
 * @param origin          the uploaded file's name or the configured URL
 * @param result          the new version, once imported
 * @param errorKey        why the file was refused (a message key with {@code errorArguments}); {@code null} if not
 * @param rescreened      requests re-screened so far, of {@code toRescreen}
 * @param newTenantAlerts activated tenants a new match was found on (Cloud Ops and the CAM/DAM were alerted)
 */
public record ListUpdateStatus(Phase phase, String source, String origin, Instant startedAt, ListImportResult result,
                               String errorKey, List<Object> errorArguments, int rescreened, int toRescreen,
                               int newTenantAlerts) {

    /**
     * INTERRUPTED: stopped by a shutdown or a crash before it finished. An import then rolled back; a re-screen kept
     * the requests it had done.
     */
    public enum Phase { IDLE, IMPORTING, RESCREENING, DONE, FAILED, INTERRUPTED }

    static final ListUpdateStatus IDLE = new ListUpdateStatus(Phase.IDLE, null, null, null, null, null, List.of(), 0, 0,
            0);

    public ListUpdateStatus {
        errorArguments = errorArguments == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(errorArguments)); // an argument may be null
    }

    public boolean running() {
        return phase == Phase.IMPORTING || phase == Phase.RESCREENING;
    }

    static ListUpdateStatus importing(String source, String origin, Instant now) {
        return new ListUpdateStatus(Phase.IMPORTING, source, origin, now, null, null, List.of(), 0, 0, 0);
    }

    ListUpdateStatus imported(ListImportResult imported, int targets) {
        return new ListUpdateStatus(Phase.RESCREENING, source, origin, startedAt, imported, null, List.of(), 0, targets,
                0);
    }

    ListUpdateStatus progress(int done) {
        return new ListUpdateStatus(phase, source, origin, startedAt, result, null, List.of(), done, toRescreen, 0);
    }

    /** Every target was re-screened (progress is written only every few requests). */
    ListUpdateStatus done(int alerts) {
        return new ListUpdateStatus(Phase.DONE, source, origin, startedAt, result, null, List.of(), toRescreen,
                toRescreen, alerts);
    }

    ListUpdateStatus interrupted() {
        return new ListUpdateStatus(Phase.INTERRUPTED, source, origin, startedAt, result, null, List.of(), rescreened,
                toRescreen, newTenantAlerts);
    }

    /** An interrupted re-screen can be run again: its version was imported; an interrupted import changed nothing. */
    public boolean resumable() {
        return phase == Phase.INTERRUPTED && result != null;
    }

    ListUpdateStatus failed(String key, Object... arguments) {
        return new ListUpdateStatus(Phase.FAILED, source, origin, startedAt, result, key, Arrays.asList(arguments),
                rescreened, toRescreen, newTenantAlerts);
    }
}
