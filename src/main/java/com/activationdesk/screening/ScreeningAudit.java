package com.activationdesk.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.activationdesk.audit.AuditActor;
import com.activationdesk.audit.AuditRecord;
import com.activationdesk.audit.AuditSubject;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import org.springframework.stereotype.Component;

/**
 * Writes every screening and every decision into the request's audit trail, in the caller's transaction: the
 * names and country as screened, the list versions used, each match with its score; the decision with its reason
 * (the reviewer and the time are the entry's actor and time). These entries must never reach partners,
 * distributors or customers (no tipping off): the request timeline drops every action {@link #isScreeningAction}
 * recognises for them.
 */
@Component
public class ScreeningAudit {

    /** A screening ran; the system screens, whoever triggered it (a partner's submit, a list update). */
    public static final String SCREENING = "SCREENING";
    /** A CAM/DAM decided a match. */
    public static final String DECISION = "SCREENING_DECISION";

    private final AuditTrail trail;
    private final Clock clock;

    ScreeningAudit(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** Whether a timeline entry belongs to the screening (and so only to the vendor's internal roles). */
    public static boolean isScreeningAction(String action) {
        return SCREENING.equals(action) || DECISION.equals(action);
    }

    void screened(ScreenedRequest request, String occasion, String listVersions, List<ScreeningMatchOf> matches) {
        List<FieldChange> fields = new ArrayList<>();
        fields.add(new FieldChange("occasion", null, occasion));
        fields.add(new FieldChange("country", null, request.country()));
        for (ScreeningSubject subject : request.subjects()) {
            fields.add(new FieldChange("subject." + subject.kind(), null, subject.name()));
        }
        fields.add(new FieldChange("listVersions", null, listVersions.isEmpty() ? null : listVersions));
        for (int i = 0; i < matches.size(); i++) {
            fields.add(new FieldChange("match." + (i + 1), null, describe(matches.get(i))));
        }
        trail.record(new AuditRecord(AuditSubject.request(request.requestId(), request.reference()),
                AuditActor.system(), clock.instant(), SCREENING, null, null, null, fields));
    }

    void decided(ScreenedRequest request, RequestMatch match, MatchDecision decision, String reason) {
        trail.recordChange(AuditSubject.request(request.requestId(), request.reference()), DECISION, reason,
                List.of(new FieldChange("match", null, describe(new ScreeningMatchOf(match.subject(),
                                match.screenedName(), new ScreeningMatch(match.listedName(), match.reference(),
                                match.source(), match.score(), false)))),
                        new FieldChange("decision", null, decision.name())));
    }

    private static String describe(ScreeningMatchOf found) {
        ScreeningMatch match = found.match();
        return String.format(Locale.ROOT, "%s \"%s\" ~ \"%s\" (%s %s, score %.4f)", found.subject(),
                found.screenedName(), match.listedName(), match.source(), match.reference(), match.score());
    }

    /** A match with the name of the request it was found for. */
    record ScreeningMatchOf(String subject, String screenedName, ScreeningMatch match) {
    }
}
