package com.activationdesk.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.screening.ScreeningAudit.ScreeningMatchOf;
import com.activationdesk.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The screening of requests and its evidence: each screening stores the names as screened, the list versions
 * used and every match with its score; a CAM/DAM decides each match ("no match" with a reason, or "confirmed",
 * which rejects the request). A match already decided in an earlier screening of the request (same name, same
 * listed entry) keeps its decision. Only CAM/DAM, Cloud Ops and admins read the results: partners, distributors
 * and customers must not learn of a match (no tipping off).
 */
@Service
@Transactional
public class RequestScreening {

    static final int MAX_REASON = 1000;
    private static final Set<String> DECIDER_ROLES = Set.of("ROLE_CAM", "ROLE_DAM");

    private final SanctionsScreening sanctions;
    private final ScreenedRequests requests;
    private final CurrentUser currentUser;
    private final ScreeningAudit audit;
    private final CountryRules countryRules;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final ScreeningStates states;

    RequestScreening(SanctionsScreening sanctions, ScreenedRequests requests, CurrentUser currentUser,
                     ScreeningAudit audit, CountryRules countryRules, JdbcClient jdbc, Clock clock,
                     PlatformTransactionManager transactions, ScreeningStates states) {
        this.sanctions = sanctions;
        this.requests = requests;
        this.currentUser = currentUser;
        this.audit = audit;
        this.countryRules = countryRules;
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.states = states;
    }

    /**
     * Screens every name of the request against the active lists, stores the evidence and audits it; no user
     * needed.
     * <p>
     * Lock order (docs/screening.md): the name lookups only read; then the audit entry takes the chain head, and only
     * then is evidence read with locks and written. Every writer of evidence thus holds the head while it touches
     * the evidence tables, so their gap locks cannot close a cycle with a transaction that holds the head (a submit
     * audits its transition before it screens).
     *
     * @return the screening's id, and how many of its matches are new: undecided, and not found by the request's
     * previous screening
     */
    public Outcome screen(ScreenedRequest request, String occasion) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<ScreeningMatchOf> found = request.subjects().stream()
                .filter(subject -> subject.name() != null && !subject.name().isBlank())
                .flatMap(subject -> sanctions.screen(subject.name(), request.country()).stream()
                        .map(match -> new ScreeningMatchOf(subject.kind(), cut(subject.name(), 500), match)))
                .toList();
        String listVersions = activeListVersions();
        audit.screened(request, occasion, listVersions, found);
        // a locking read: the latest screening committed by whoever held the head before, not this snapshot's
        Set<String> before = Set.copyOf(jdbc.sql("""
                        SELECT CONCAT(source, ':', reference, ':', screened_name) FROM request_screening_match
                         WHERE screening_id = (SELECT MAX(id) FROM request_screening WHERE request_id = ?)
                         LOCK IN SHARE MODE""")
                .param(request.requestId()).query(String.class).list());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO request_screening (request_id, screened_at, occasion, country, subjects,
                            list_versions, match_count) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(request.requestId(), Timestamp.from(now), occasion, request.country(),
                        cut(request.subjects().stream().map(s -> s.kind() + ": " + s.name())
                                .collect(Collectors.joining("\n")), 2000), listVersions, found.size())
                .update(key);
        long screeningId = key.getKeyAs(Number.class).longValue();
        for (ScreeningMatchOf match : found) {
            insertMatch(screeningId, request.requestId(), match);
        }
        states.refresh(request.requestId());
        return new Outcome(screeningId, (int) latestMatches(request.requestId()).stream()
                .filter(match -> !match.decided()
                        && !before.contains(match.source() + ":" + match.reference() + ":" + match.screenedName()))
                .count());
    }

    /** What {@link #screen} found. */
    public record Outcome(long screeningId, int newMatches) {
    }

    /**
     * Screens the request again if a list changed since its latest screening (or it was never screened), and
     * counts the matches of the latest screening nobody has decided yet. The re-screen runs in a transaction of its
     * own, so the new evidence stays even when the caller (the forward step) is refused because of it; the check
     * whether one is needed runs in the caller's, which sees a screening the caller has not committed yet (seeding
     * submits and forwards in one transaction, and a transaction of its own would wait for the caller's locks).
     */
    public long undecidedAfterRescreen(ScreenedRequest request) {
        if (activeListVersions().equals(latestListVersions(request.requestId()))) {
            return undecided(request.requestId());
        }
        return ownTransaction.execute(status -> {
            screen(request, "LISTS_CHANGED");
            return undecided(request.requestId());
        });
    }

    private long undecided(long requestId) {
        return latestMatches(requestId).stream().filter(match -> !match.decided()).count();
    }

    /**
     * What the CAM/DAM must know when opening the forward dialog: screens again first if a list changed since the
     * request's latest screening (the new evidence is kept), then the undecided matches and a REVIEW country's rule.
     */
    @PreAuthorize("hasAnyRole('CAM', 'DAM')")
    public ForwardCheck forwardCheck(long requestId) {
        ScreenedRequest request = requests.visible(requestId);
        if (!activeListVersions().equals(latestListVersions(requestId))) {
            screen(request, "LISTS_CHANGED");
        }
        long undecided = undecided(requestId);
        return new ForwardCheck(undecided, countryRules.ruleFor(request.country())
                .filter(rule -> rule.effect() == CountryEffect.REVIEW));
    }

    /** @param reviewCountry the rule of a REVIEW destination: the CAM/DAM checks it before forwarding */
    public record ForwardCheck(long undecidedMatches, Optional<CountryRule> reviewCountry) {
    }

    /** The matches of the request's latest screening, best first; the request must be in the caller's scope. */
    @PreAuthorize("hasAnyRole('CAM', 'DAM', 'CLOUD_OPS', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RequestMatch> results(long requestId) {
        requests.visible(requestId);
        return latestMatches(requestId);
    }

    /**
     * The results for the detail view: present for CAM/DAM, Cloud Ops and admins (the request in their scope),
     * empty for every other role, which must not even learn that a screening exists.
     */
    @Transactional(readOnly = true)
    public Optional<ScreeningEvidence> visibleResults(long requestId) {
        if (!ScreeningStates.isReviewer()) {
            return Optional.empty();
        }
        requests.visible(requestId);
        ScreeningEvidence never = new ScreeningEvidence(null, "", List.of());
        return Optional.of(jdbc.sql("""
                        SELECT screened_at, list_versions FROM request_screening WHERE request_id = ?
                         ORDER BY id DESC LIMIT 1""").param(requestId)
                .query((rs, row) -> new ScreeningEvidence(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        latestMatches(requestId)))
                .optional().orElse(never));
    }

    /** Whether the logged-in user decides matches (CAM/DAM); {@link #decide} checks it again. */
    public boolean mayDecide() {
        return hasRole(DECIDER_ROLES);
    }

    /**
     * Records the decision on one undecided match; a confirmed match rejects the request. Lock order as in
     * {@link #screen}, with the request row first: the rejection writes that row after the audit entry, and every
     * other change of a request takes its row before the chain head.
     */
    @PreAuthorize("hasAnyRole('CAM', 'DAM')")
    public void decide(long requestId, long matchId, MatchDecision decision, String reason) {
        ScreenedRequest request = requests.visible(requestId);
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new FieldValidationException("reason", "validation.required");
        }
        if (trimmed.length() > MAX_REASON) {
            throw new FieldValidationException("reason", "validation.max-length-n", MAX_REASON);
        }
        RequestMatch match = latestMatches(requestId).stream().filter(m -> m.id() == matchId).findFirst()
                .orElseThrow(() -> new DomainException("screening.match-not-current"));
        if (match.decided()) {
            throw new DomainException("screening.match-decided");
        }
        requests.lock(requestId);
        audit.decided(request, match, decision, trimmed);
        // checked again under the locks: a re-screen or another decision may have committed since the reads above
        int decided = jdbc.sql("""
                        UPDATE request_screening_match SET decision = ?, reason = ?, decided_by = ?, decided_at = ?
                         WHERE id = ? AND decision IS NULL
                           AND screening_id = (SELECT MAX(s.id) FROM request_screening s WHERE s.request_id = ?)""")
                .params(Objects.requireNonNull(decision).name(), trimmed, currentUser.require().email(),
                        Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)), matchId, requestId)
                .update();
        if (decided == 0) {
            throw new DomainException("screening.match-not-current");
        }
        states.refresh(requestId);
        if (decision == MatchDecision.CONFIRMED) {
            requests.rejectForConfirmedMatch(requestId);
        }
    }

    private List<RequestMatch> latestMatches(long requestId) {
        return jdbc.sql("""
                        SELECT m.* FROM request_screening_match m
                         WHERE m.screening_id = (SELECT MAX(id) FROM request_screening WHERE request_id = ?)
                         ORDER BY m.score DESC, m.id""")
                .param(requestId)
                .query((rs, row) -> match(rs))
                .list();
    }

    static RequestMatch match(ResultSet rs) throws SQLException {
        return new RequestMatch(rs.getLong("id"), rs.getString("subject"), rs.getString("screened_name"),
                rs.getString("listed_name"), rs.getString("reference"), rs.getString("source"), rs.getDouble("score"),
                rs.getString("decision") == null ? null : MatchDecision.valueOf(rs.getString("decision")),
                rs.getString("reason"), rs.getString("decided_by"),
                rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant());
    }

    /** Inserts the match, taking over the decision of the same match in an earlier screening of the request. */
    private void insertMatch(long screeningId, long requestId, ScreeningMatchOf found) {
        jdbc.sql("""
                        INSERT INTO request_screening_match (screening_id, request_id, subject, screened_name,
                            listed_name, reference, source, score, decision, reason, decided_by, decided_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?, d.decision, d.reason, d.decided_by, d.decided_at
                          FROM (SELECT 1) one
                          LEFT JOIN (SELECT decision, reason, decided_by, decided_at FROM request_screening_match
                                      WHERE request_id = ? AND screened_name = ? AND reference = ? AND source = ?
                                        AND decision IS NOT NULL ORDER BY id DESC LIMIT 1) d ON TRUE""")
                .params(screeningId, requestId, found.subject(), found.screenedName(),
                        found.match().listedName(), found.match().reference(), found.match().source(),
                        found.match().score(), requestId, found.screenedName(),
                        found.match().reference(), found.match().source())
                .update();
    }

    private String latestListVersions(long requestId) {
        return jdbc.sql("SELECT list_versions FROM request_screening WHERE request_id = ? ORDER BY id DESC LIMIT 1")
                .param(requestId).query(String.class).optional().orElse(null);
    }

    /** The active version of each list, e.g. "EU_FSF_XML:12,UN_XML:13": which lists a screening used. */
    private String activeListVersions() {
        return String.join(",", jdbc.sql(
                "SELECT CONCAT(source, ':', id) FROM screening_list_version WHERE active ORDER BY source")
                .query(String.class).list());
    }

    private static boolean hasRole(Set<String> roles) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().anyMatch(a -> roles.contains(a.getAuthority()));
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
