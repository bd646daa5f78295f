package com.activationdesk.screening;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole screening evidence of one request, for the printable evidence view: every screening with the names as
 * screened, the list versions used (with their publication date and hash) and every match with its score and
 * decision. CAM/DAM, Cloud Ops and admins only, the request in their scope.
 */
@Service
@Transactional(readOnly = true)
public class ScreeningHistory {

    /** The route of the evidence view; other modules link to it with {@link #evidenceLink}. */
    public static final String EVIDENCE_ROUTE = "screening/evidence/:id";

    private final ScreenedRequests requests;
    private final JdbcClient jdbc;

    ScreeningHistory(ScreenedRequests requests, JdbcClient jdbc) {
        this.requests = requests;
        this.jdbc = jdbc;
    }

    public static String evidenceLink(long requestId) {
        return EVIDENCE_ROUTE.replace(":id", Long.toString(requestId));
    }

    @PreAuthorize("hasAnyRole('CAM', 'DAM', 'CLOUD_OPS', 'ADMIN')")
    public RequestEvidence of(long requestId) {
        ScreenedRequest request = requests.visible(requestId);
        Map<Long, List<RequestMatch>> matches = jdbc.sql("""
                        SELECT * FROM request_screening_match WHERE request_id = ? ORDER BY screening_id, score DESC, id""")
                .param(requestId)
                .query((rs, row) -> Map.entry(rs.getLong("screening_id"), RequestScreening.match(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Screening> screenings = jdbc.sql("SELECT * FROM request_screening WHERE request_id = ? ORDER BY id")
                .param(requestId)
                .query((rs, row) -> new Screening(rs.getLong("id"), rs.getTimestamp("screened_at").toInstant(),
                        rs.getString("occasion"), rs.getString("country"),
                        List.of(rs.getString("subjects").split("\n")), rs.getString("list_versions"),
                        matches.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        Set<Long> versionIds = new TreeSet<>();
        screenings.forEach(s -> Arrays.stream(s.listVersions().split(",")).filter(v -> v.contains(":"))
                .forEach(v -> versionIds.add(Long.parseLong(v.substring(v.indexOf(':') + 1)))));
        return new RequestEvidence(request.reference(), screenings, versionIds.isEmpty() ? List.of() : jdbc.sql("""
                        SELECT * FROM screening_list_version WHERE id IN (:ids) ORDER BY id""")
                .param("ids", versionIds).query((rs, row) -> ListUpdates.version(rs)).list());
    }

    /** @param listVersions the versions any of the screenings used */
    public record RequestEvidence(String reference, List<Screening> screenings, List<ListVersion> listVersions) {
    }

    /** @param subjects each name as screened, "KIND: name" */
    public record Screening(long id, Instant screenedAt, String occasion, String country, List<String> subjects,
                            String listVersions, List<RequestMatch> matches) {
    }
}
