package com.activationdesk.dashboard.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.activationdesk.mail.MailLogService;
import com.activationdesk.organization.service.OrganizationFilter;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.UserFilter;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.FilterChoices;
import com.activationdesk.request.service.RequestConditions;
import com.activationdesk.request.service.RequestDate;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.request.service.SlaConditions;
import com.activationdesk.request.service.StatusCounts;
import com.activationdesk.screening.ScreeningState;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import com.activationdesk.sla.SlaClock;
import com.activationdesk.sla.SlaPhase;
import com.activationdesk.sla.SlaState;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One dashboard per role, each from a small fixed number of aggregate queries; no request is loaded into memory,
 * whatever the number of requests. Every query's WHERE clause comes from {@link RequestConditions} for a
 * {@link RequestFilter}: a number and the grid behind its link use the same scope and the same conditions, and a
 * group of a GROUP BY (status, SLA state, week, ...) is exactly the rows of the filter narrowed to that group.
 * The exceptions are counts over all requests, read from tables that database triggers keep in step with every
 * change: the admin's totals ({@code request_total}, changeset 012) and the series over time in
 * {@link DashboardTrends}. Those scopes are all requests (every invitation has reached Cloud Ops), so they equal the
 * grid's counts behind their links as well; the tests compare them. Mail failures come from the mail module.
 * Read-only transaction: all numbers of one dashboard come from one consistent snapshot.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    public static final int LIST_SIZE = 5;
    public static final int WEEKS = 12;
    public static final int MONTHS = 12;
    /** The partner activity a CAM/DAM sees covers today and the days before, this many in all. */
    public static final int ACTIVITY_DAYS = 30;
    public static final int EXPIRING_HOURS = 24;

    private static final Set<SlaState> RUNNING = EnumSet.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED);
    private static final String ITEM_COLUMNS = """
            r.id, r.reference, r.customer_name, p.name AS partner_name, r.status, r.sla_phase, r.sla_at_risk_at,
            r.sla_due_at""";

    private final NamedParameterJdbcTemplate jdbc;
    private final RequestConditions conditions;
    private final RequestSearch search;
    private final CurrentUser currentUser;
    private final OrganizationService organizations;
    private final UserService users;
    private final DashboardTrends trends;
    private final MailLogService mails;
    private final Clock clock;

    DashboardService(NamedParameterJdbcTemplate jdbc, RequestConditions conditions, RequestSearch search,
                     CurrentUser currentUser, OrganizationService organizations, UserService users,
                     DashboardTrends trends, MailLogService mails, Clock clock) {
        this.jdbc = jdbc;
        this.conditions = conditions;
        this.search = search;
        this.currentUser = currentUser;
        this.organizations = organizations;
        this.users = users;
        this.trends = trends;
        this.mails = mails;
        this.clock = clock;
    }

    // ---- per role ----------------------------------------------------------------------------------------

    /** The logged-in user's dashboard, chosen by role. */
    @PreAuthorize("isAuthenticated()")
    public Dashboard mine() {
        return switch (currentUser.require().role()) {
            case PARTNER -> partner();
            case DISTRIBUTOR -> distributor();
            case CAM, DAM -> manager();
            case CLOUD_OPS -> cloudOps();
            case ADMIN -> admin();
            case CUSTOMER_ADMIN -> customer();
        };
    }

    /** Requests per status, returned ones, live invitations, tenants without me as co-administrator, contacts. */
    @PreAuthorize("hasRole('PARTNER')")
    public PartnerDashboard partner() {
        UserPrincipal user = currentUser.require();
        RequestFilter all = RequestFilter.none();
        Map<RequestStatus, Long> counts = search.statusCounts().all();
        RequestFilter sent = all.withStatuses(EnumSet.of(RequestStatus.INVITATION_SENT));
        List<RequestItem> nextToExpire = items(sent, "r.invitation_expires_at", "r.invitation_expires_at, r.id");
        return new PartnerDashboard(statusBuckets(counts, all),
                statusCounter(counts, all, RequestStatus.RETURNED, false),
                Counter.sorted(counts.getOrDefault(RequestStatus.INVITATION_SENT, 0L), sent, RequestSort.INVITATION_EXPIRES),
                statusCounter(counts, all, RequestStatus.INVITATION_EXPIRED, false),
                nextToExpire, coAdministration(user, counts.getOrDefault(RequestStatus.ACTIVATED, 0L)),
                organizations.firstContacts(user.organizationId()));
    }

    /** Requests to pass to the DAM (oldest first), returned ones, and everything seen per status. */
    @PreAuthorize("hasRole('DISTRIBUTOR')")
    public DistributorDashboard distributor() {
        RequestFilter all = RequestFilter.none();
        Map<RequestStatus, Long> counts = search.statusCounts().all();
        RequestFilter waiting = all.withStatuses(EnumSet.of(RequestStatus.AT_DISTRIBUTOR));
        return new DistributorDashboard(statusCounter(counts, all, RequestStatus.AT_DISTRIBUTOR, true),
                statusCounter(counts, all, RequestStatus.RETURNED, false),
                items(waiting, "r.submitted_at", "r.submitted_at, r.id"), statusBuckets(counts, all));
    }

    /**
     * Checks waiting (oldest first), questions from Cloud Ops, resends due, screening matches to decide, and the
     * partners' recent activity.
     */
    @PreAuthorize("hasAnyRole('CAM', 'DAM')")
    public ManagerDashboard manager() {
        RequestFilter all = RequestFilter.none();
        // per status, and whether the SLA clock is paused (= Cloud Ops asked a question)
        StatusCounts statusCounts = search.statusCounts();
        Map<RequestStatus, Long> counts = statusCounts.all();
        Map<RequestStatus, Long> paused = statusCounts.paused();
        RequestFilter inReview = all.withStatuses(EnumSet.of(RequestStatus.IN_REVIEW));
        Counter questions = Counter.oldestFirst(paused.getOrDefault(RequestStatus.IN_REVIEW, 0L),
                inReview.withSlaStates(EnumSet.of(SlaState.PAUSED)));
        LocalDate since = trends.today().minusDays(ACTIVITY_DAYS - 1);
        RequestFilter matches = all.withScreeningStates(EnumSet.of(ScreeningState.UNDECIDED));
        return new ManagerDashboard(statusCounter(counts, all, RequestStatus.IN_REVIEW, true), questions,
                statusCounter(counts, all, RequestStatus.INVITATION_EXPIRED, false),
                Counter.oldestFirst(search.count(matches), matches),
                items(inReview, "r.submitted_at", "r.submitted_at, r.id"),
                partnerActivity(all.withDates(RequestDate.SUBMITTED, since, null)), since, statusBuckets(counts, all));
    }

    /** The queue by SLA state, the clocks due next, resend requests, 12 weeks of SLA performance, expiring links. */
    @PreAuthorize("hasRole('CLOUD_OPS')")
    public CloudOpsDashboard cloudOps() {
        RequestFilter all = RequestFilter.none();
        RequestFilter running = all.withSlaStates(RUNNING);
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = conditions.where(running, params);
        // The same predicates as the grid's SLA filter, checked in the same order: each row gets exactly one state.
        String state = "CASE WHEN " + SlaConditions.of(SlaState.BREACHED) + " THEN 'BREACHED' WHEN "
                + SlaConditions.of(SlaState.AT_RISK) + " THEN 'AT_RISK' WHEN "
                + SlaConditions.of(SlaState.ON_TRACK) + " THEN 'ON_TRACK' END";
        Map<SlaState, Long> perState = new EnumMap<>(SlaState.class);
        jdbc.query("SELECT " + state + " AS state, COUNT(*) AS n FROM activation_request r WHERE " + where
                + " GROUP BY state", params, rs -> {
            perState.put(SlaState.valueOf(rs.getString("state")), rs.getLong("n"));
        });
        List<Bucket<SlaState>> queue = new ArrayList<>();
        for (SlaState s : List.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED)) {
            queue.add(new Bucket<>(s, Counter.sorted(perState.getOrDefault(s, 0L),
                    all.withSlaStates(EnumSet.of(s)), RequestSort.SLA_DUE)));
        }
        RequestFilter resend = all.withStatuses(EnumSet.of(RequestStatus.RESEND_REQUESTED));
        RequestFilter expiring = all.withStatuses(EnumSet.of(RequestStatus.INVITATION_SENT))
                .withInvitationExpiringWithin(EXPIRING_HOURS);
        return new CloudOpsDashboard(queue, Counter.sorted(search.count(resend), resend, RequestSort.SLA_DUE),
                items(running, "r.sla_due_at", "r.sla_due_at, r.id"), trends.slaWeeks(),
                Counter.sorted(search.count(expiring), expiring, RequestSort.INVITATION_EXPIRES));
    }

    /** Totals per status, platform and country, activations per month, users, organisations, mail failures. */
    @PreAuthorize("hasRole('ADMIN')")
    public AdminDashboard admin() {
        RequestFilter all = RequestFilter.none();
        Map<RequestStatus, Long> perStatus = new EnumMap<>(RequestStatus.class);
        Map<Platform, Long> perPlatform = new EnumMap<>(Platform.class);
        Map<String, Long> perCountry = new HashMap<>();
        long[] total = {0};
        // The trigger-kept totals (changeset 012): a scan of every request would be too slow at a million. They
        // count all requests, which is exactly the admin's scope; the tests compare them with the grid's counts.
        jdbc.getJdbcTemplate().query("SELECT status, platform, country, requests FROM request_total WHERE requests > 0", rs -> {
            long n = rs.getLong("requests");
            total[0] += n;
            perStatus.merge(RequestStatus.valueOf(rs.getString("status")), n, Long::sum);
            String platform = rs.getString("platform");
            if (!platform.isEmpty()) {
                perPlatform.merge(Platform.valueOf(platform), n, Long::sum);
            }
            String country = rs.getString("country");
            if (!country.isEmpty()) {
                perCountry.merge(country, n, Long::sum);
            }
        });
        List<Bucket<Platform>> byPlatform = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            byPlatform.add(new Bucket<>(platform, Counter.of(perPlatform.getOrDefault(platform, 0L),
                    all.withPlatforms(EnumSet.of(platform)))));
        }
        List<Bucket<String>> byCountry = perCountry.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(AdminDashboard.TOP_COUNTRIES)
                .map(e -> new Bucket<>(e.getKey(), Counter.of(e.getValue(), all.withCountry(e.getKey()))))
                .toList();
        long mailFailures = mails.failedCount();
        return new AdminDashboard(Counter.of(total[0], all), statusBuckets(perStatus, all), byPlatform, byCountry,
                Math.max(0, perCountry.size() - AdminDashboard.TOP_COUNTRIES), trends.activationsPerMonth(),
                users.count(UserFilter.none()), organizations.count(OrganizationFilter.none()), mailFailures);
    }

    /** The customer's tenant(s) with status and co-administrators. */
    @PreAuthorize("hasRole('CUSTOMER_ADMIN')")
    public CustomerDashboard customer() {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", LIST_SIZE);
        String where = conditions.where(RequestFilter.none(), params);
        Map<Long, List<CustomerDashboard.CoAdministrator>> coAdmins = new HashMap<>();
        jdbc.query("""
                    SELECT ca.request_id, u.display_name, u.email, o.name AS organization_name, ca.added_at
                    FROM request_co_admin ca JOIN activation_request r ON r.id = ca.request_id
                    JOIN app_user u ON u.id = ca.user_id JOIN organization o ON o.id = u.organization_id
                    WHERE\s""" + where + " ORDER BY ca.added_at, u.display_name", params, rs -> {
            coAdmins.computeIfAbsent(rs.getLong("request_id"), id -> new ArrayList<>())
                    .add(new CustomerDashboard.CoAdministrator(rs.getString("display_name"), rs.getString("email"),
                            rs.getString("organization_name"), instant(rs, "added_at")));
        });
        Instant now = clock.instant();
        List<CustomerDashboard.Tenant> tenants = jdbc.query("SELECT " + ITEM_COLUMNS
                + ", r.activated_at AS item_when, r.tenant_id FROM activation_request r"
                + " JOIN organization p ON p.id = r.partner_id WHERE " + where + " ORDER BY r.id LIMIT :limit", params,
                (rs, row) -> {
                    RequestItem item = item(rs, now);
                    return new CustomerDashboard.Tenant(item, rs.getString("tenant_id"), item.when(),
                            List.copyOf(coAdmins.getOrDefault(item.id(), List.of())));
                });
        return new CustomerDashboard(tenants);
    }

    // ---- building blocks ---------------------------------------------------------------------------------

    /** Every status in workflow order, zeros included, so the chart's shape is always the same. */
    private static List<Bucket<RequestStatus>> statusBuckets(Map<RequestStatus, Long> counts, RequestFilter base) {
        List<Bucket<RequestStatus>> buckets = new ArrayList<>();
        for (RequestStatus status : RequestStatus.values()) {
            buckets.add(new Bucket<>(status, statusCounter(counts, base, status, false)));
        }
        return buckets;
    }

    private static Counter statusCounter(Map<RequestStatus, Long> counts, RequestFilter base, RequestStatus status,
                                         boolean oldestFirst) {
        RequestFilter filter = base.withStatuses(EnumSet.of(status));
        long value = counts.getOrDefault(status, 0L);
        return oldestFirst ? Counter.oldestFirst(value, filter) : Counter.of(value, filter);
    }

    /**
     * A short list within {@code filter}, in {@code order} (which must end in a unique column).
     *
     * @param when the column shown as {@link RequestItem#when}
     */
    private List<RequestItem> items(RequestFilter filter, String when, String order) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", LIST_SIZE);
        String sql = "SELECT " + ITEM_COLUMNS + ", " + when + " AS item_when FROM activation_request r"
                + " JOIN organization p ON p.id = r.partner_id"
                + " WHERE " + conditions.where(filter, params) + " ORDER BY " + order + " LIMIT :limit";
        Instant now = clock.instant();
        return jdbc.query(sql, params, (rs, row) -> item(rs, now));
    }

    /**
     * The partner's activated tenants without the user as co-administrator, linked to exactly those in the grid,
     * and the latest few. Counted as the partner's activated tenants (kept per scope) minus the user's
     * co-administrations within the partner (one row per request and user, only on activated tenants; the row
     * carries the requesting partner, changeset 019): one index range, where the grid's NOT EXISTS reads every
     * activated tenant of the partner (docs/query-plans.md).
     */
    private PartnerDashboard.CoAdministration coAdministration(UserPrincipal user, long activated) {
        RequestFilter withoutMe = RequestFilter.none().withStatuses(EnumSet.of(RequestStatus.ACTIVATED))
                .withoutMeAsCoAdministrator(true);
        Long mine = jdbc.queryForObject("SELECT COUNT(*) FROM request_co_admin WHERE user_id = :user AND partner_id = :partner",
                new MapSqlParameterSource("user", user.userId()).addValue("partner", user.organizationId()), Long.class);
        // Newest first by the invitation's expiry: activation follows within 72 h, and it is in the partner index.
        List<RequestItem> latest = items(withoutMe, "r.activated_at", "r.invitation_expires_at DESC, r.id DESC");
        return new PartnerDashboard.CoAdministration(Counter.of(activated - (mine == null ? 0 : mine), withoutMe), latest,
                activated);
    }

    /** Requests per partner within {@code filter}; every partner the user looks after appears, also with zero. */
    private List<Bucket<FilterChoices.Choice>> partnerActivity(RequestFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Map<Long, FilterChoices.Choice> partners = new LinkedHashMap<>();
        search.filterChoices().partners().forEach(choice -> partners.put(choice.id(), choice));
        Map<Long, Long> counts = new HashMap<>();
        // Also partners no longer assigned whose requests are still in the user's scope: named by the join.
        jdbc.query("SELECT p.id, p.name, c.n FROM (SELECT r.partner_id, COUNT(*) AS n FROM activation_request r WHERE "
                + conditions.where(filter, params) + " GROUP BY r.partner_id) c JOIN organization p ON p.id = c.partner_id",
                params, rs -> {
                    partners.putIfAbsent(rs.getLong("id"), new FilterChoices.Choice(rs.getLong("id"), rs.getString("name")));
                    counts.put(rs.getLong("id"), rs.getLong("n"));
                });
        return partners.values().stream()
                .map(p -> new Bucket<>(p, Counter.of(counts.getOrDefault(p.id(), 0L), filter.withPartner(p.id()))))
                .sorted(Comparator.comparing((Bucket<FilterChoices.Choice> b) -> -b.counter().value())
                        .thenComparing(b -> b.key().name()))
                .toList();
    }

    private static RequestItem item(ResultSet rs, Instant now) throws SQLException {
        String phase = rs.getString("sla_phase");
        SlaState sla = SlaClock.stateOf(phase == null ? null : SlaPhase.valueOf(phase), instant(rs, "sla_at_risk_at"),
                instant(rs, "sla_due_at"), now);
        return new RequestItem(rs.getLong("id"), rs.getString("reference"), rs.getString("customer_name"),
                rs.getString("partner_name"), RequestStatus.valueOf(rs.getString("status")), sla,
                instant(rs, "item_when"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
