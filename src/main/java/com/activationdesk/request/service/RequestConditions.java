package com.activationdesk.request.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.activationdesk.request.domain.DuplicateKeys;
import com.activationdesk.request.domain.SearchWords;
import com.activationdesk.screening.ScreeningStates;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import com.activationdesk.sla.SlaProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * A {@link RequestFilter} as SQL over table alias {@code r}, always inside the logged-in user's data scope. The
 * grid's pages and counts and the dashboards' grouped counts are all built from it, so a number on a dashboard
 * and the grid behind its link count exactly the same rows.
 */
@Component
@NamedInterface("filter")
public class RequestConditions {

    private final RequestScope scope;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId businessZone;
    private final ScreeningStates screeningStates;

    RequestConditions(RequestScope scope, CurrentUser currentUser, Clock clock, SlaProperties slaProperties,
                      ScreeningStates screeningStates) {
        this.scope = scope;
        this.screeningStates = screeningStates;
        this.currentUser = currentUser;
        this.clock = clock;
        this.businessZone = slaProperties.zone();
    }

    /** The scope and every restriction of {@code filter}, joined with AND; binds its values into {@code params}. */
    public String where(RequestFilter filter, MapSqlParameterSource params) {
        UserPrincipal user = currentUser.require();
        List<String> conditions = new ArrayList<>();
        conditions.add(scope.sql(user, params));
        if (!filter.statuses().isEmpty()) {
            conditions.add("r.status IN (:statuses)");
            params.addValue("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (!filter.slaStates().isEmpty()) {
            conditions.add(SlaConditions.anyOf(filter.slaStates()));
            params.addValue("slaNow", utc(clock.instant()));
        }
        if (filter.partnerId() != null) {
            conditions.add("r.partner_id = :partnerId");
            params.addValue("partnerId", filter.partnerId());
        }
        if (filter.distributorId() != null) {
            conditions.add("r.distributor_id = :distributorId");
            params.addValue("distributorId", filter.distributorId());
        }
        if (!filter.platforms().isEmpty()) {
            conditions.add("r.platform IN (:platforms)");
            params.addValue("platforms", filter.platforms().stream().map(Enum::name).toList());
        }
        if (filter.country() != null) {
            conditions.add("r.country = :country");
            params.addValue("country", filter.country());
        }
        if (filter.dateFrom() != null) {
            conditions.add(filter.dateField().column + " >= :dateFrom");
            params.addValue("dateFrom", startOfDay(filter.dateFrom()));
        }
        if (filter.dateTo() != null) {
            conditions.add(filter.dateField().column + " < :dateTo");
            params.addValue("dateTo", startOfDay(filter.dateTo().plusDays(1)));
        }
        if (filter.invitationExpiresWithinHours() != null) {
            // still valid now (LinkClock: expired from the expiry instant on), and gone within the hours
            Instant now = clock.instant();
            conditions.add("r.invitation_expires_at > :expiringNow AND r.invitation_expires_at <= :expiringUntil");
            params.addValue("expiringNow", utc(now));
            params.addValue("expiringUntil", utc(now.plus(Duration.ofHours(filter.invitationExpiresWithinHours()))));
        }
        if (filter.text() != null) {
            conditions.add(textCondition(filter.text(), params));
        }
        if (filter.withoutMeAsCoAdministrator()) {
            // "me" is always the logged-in user, never a value from the URL; a primary key lookup per row
            conditions.add("NOT EXISTS (SELECT 1 FROM request_co_admin mine WHERE mine.request_id = r.id"
                    + " AND mine.user_id = :coAdminUser)");
            params.addValue("coAdminUser", user.userId());
        }
        if (!filter.screeningStates().isEmpty()) {
            // refused for partners, distributors and customer admins: no tipping off through a filtered count
            conditions.add(screeningStates.condition(filter.screeningStates(), "r.id", params));
        }
        return String.join(" AND ", conditions);
    }

    /** The first instant of {@code day} in the business zone, as a column value. */
    private LocalDateTime startOfDay(LocalDate day) {
        return utc(day.atStartOfDay(businessZone).toInstant());
    }

    /** Columns hold UTC wall-clock time (hibernate.jdbc.time_zone=UTC); parameters must match. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * One indexed lookup per kind of input: a reference prefix, an e-mail prefix, or word prefixes of the
     * customer's names ({@link SearchWords}, each typed word must start one of them); a contains-search would
     * scan every row.
     */
    private static String textCondition(String text, MapSqlParameterSource params) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        if (text.toUpperCase(Locale.ROOT).startsWith("UP-")) {
            params.addValue("textPrefix", escaped.toUpperCase(Locale.ROOT) + "%");
            return "r.reference LIKE :textPrefix";
        }
        if (text.contains("@")) {
            params.addValue("textPrefix", escaped.toLowerCase(Locale.ROOT) + "%");
            return "r.admin_email LIKE :textPrefix";
        }
        List<String> words = wordPrefixes(text);
        if (words.isEmpty()) {
            String normalized = DuplicateKeys.normalizeName(text);
            params.addValue("textPrefix", (normalized == null ? "" : normalized) + "%");
            return "r.customer_name_normalized LIKE :textPrefix";
        }
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            // words hold only [a-z0-9]: nothing to escape for LIKE
            params.addValue("textWord" + i, words.get(i) + "%");
            conditions.add("r.id IN (SELECT w" + i + ".request_id FROM request_search_word w" + i
                    + " WHERE w" + i + ".word LIKE :textWord" + i + ")");
        }
        return String.join(" AND ", conditions);
    }

    /** Typed words of two characters or more; a single letter would match a good part of all requests. */
    static List<String> wordPrefixes(String text) {
        return SearchWords.prefixes(text).stream().filter(word -> word.length() >= 2).toList();
    }

    /** Whether {@code filter} searches the customer's words (and its pages need {@link RequestSearch}'s plan). */
    static boolean searchesWords(RequestFilter filter) {
        String text = filter.text();
        return text != null && !text.toUpperCase(Locale.ROOT).startsWith("UP-") && !text.contains("@")
                && !wordPrefixes(text).isEmpty();
    }
}
