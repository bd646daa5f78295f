package com.activationdesk.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The screening state of each request ({@code request_screening_state}, changeset 048): kept in step with every
 * screening and decision, and offered to the request grid's queries as an indexed condition. Only the roles that
 * see screening results may filter by it; for anyone else the condition is refused, so a partner cannot learn
 * from a filtered count or an empty grid that one of its requests has a match.
 */
@Component
public class ScreeningStates {

    static final Set<String> REVIEWER_ROLES = Set.of("ROLE_CAM", "ROLE_DAM", "ROLE_CLOUD_OPS", "ROLE_ADMIN");

    private final JdbcClient jdbc;

    ScreeningStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the logged-in user sees screening results and may filter by them (CAM/DAM, Cloud Ops, admin). */
    public boolean mayFilter() {
        return isReviewer();
    }

    /**
     * The condition "the request {@code requestIdColumn} is in one of {@code states}", binding its values into
     * {@code params}. A positive state is a semi-join on the index (state, request_id), so a rare state such as
     * "undecided" reads only its few rows; "not screened" is a primary key lookup per row the grid walks.
     *
     * @throws AccessDeniedException for a role that must not see screening results
     */
    public String condition(Set<ScreeningState> states, String requestIdColumn, MapSqlParameterSource params) {
        if (!isReviewer()) {
            throw new AccessDeniedException("Screening states are shown to CAM/DAM, Cloud Ops and admins only");
        }
        List<String> any = new ArrayList<>();
        List<String> screened = states.stream().filter(s -> s != ScreeningState.NOT_SCREENED).map(Enum::name)
                .sorted().toList();
        if (!screened.isEmpty()) {
            any.add(requestIdColumn + " IN (SELECT st.request_id FROM request_screening_state st"
                    + " WHERE st.state IN (:screeningStates))");
            params.addValue("screeningStates", screened);
        }
        if (states.contains(ScreeningState.NOT_SCREENED)) {
            // a scalar subquery, not NOT EXISTS: MariaDB turns NOT EXISTS into a materialised scan of the whole state
            // table (4.7 s at 700,000 rows, docs/screening.md), this stays a primary key lookup per row walked
            any.add("(SELECT 1 FROM request_screening_state ns WHERE ns.request_id = " + requestIdColumn
                    + ") IS NULL");
        }
        return any.size() == 1 ? any.getFirst() : "(" + String.join(" OR ", any) + ")";
    }

    /**
     * Sets the request's state from its latest screening: a confirmed match first (the request was rejected), then
     * no match at all, then any undecided match, else cleared. The same rule as changeset 048's backfill.
     */
    void refresh(long requestId) {
        jdbc.sql("""
                        INSERT INTO request_screening_state (request_id, state, screening_id)
                        SELECT s.request_id,
                               CASE WHEN SUM(m.decision = 'CONFIRMED') > 0 THEN 'CONFIRMED'
                                    WHEN COUNT(m.id) = 0 THEN 'NO_MATCHES'
                                    WHEN SUM(m.decision IS NULL) > 0 THEN 'UNDECIDED'
                                    ELSE 'CLEARED' END,
                               s.id
                          FROM request_screening s
                          LEFT JOIN request_screening_match m ON m.screening_id = s.id
                         WHERE s.id = (SELECT MAX(latest.id) FROM request_screening latest WHERE latest.request_id = ?)
                         GROUP BY s.request_id, s.id
                        ON DUPLICATE KEY UPDATE state = VALUES(state), screening_id = VALUES(screening_id)""")
                .param(requestId).update();
    }

    static boolean isReviewer() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().anyMatch(a -> REVIEWER_ROLES.contains(a.getAuthority()));
    }
}
