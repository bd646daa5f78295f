package com.activationdesk.request.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestField;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import com.activationdesk.sla.SlaClock;
import com.activationdesk.sla.SlaPhase;
import com.activationdesk.sla.SlaState;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grid's reads: one SELECT per page (a deferred join, so a deep offset walks only the index), one COUNT per
 * filter, and a streamed CSV export — all within the logged-in user's data scope.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("filter")
public class RequestSearch {

    /** Safety net for a grid page; Vaadin asks for 50 at a time. */
    public static final int MAX_PAGE_SIZE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(RequestSearch.class);

    /** The export's columns; the header is {@code requests.csv.<key>}, a request field's key names its column. */
    private static final List<String> EXPORT_COLUMNS = List.of("reference", RequestField.CUSTOMER_NAME.key(),
            RequestField.COUNTRY.key(), RequestField.ADMIN_EMAIL.key(), "partner", "tier", "distributor",
            RequestField.PLATFORM.key(), "status", "sla", "slaDue", "invitationExpires", "submitted", "updated",
            "manager");

    private static final String COLUMNS = """
            r.id, r.reference, r.customer_name, r.country, r.admin_email, p.name AS partner_name, r.partner_tier,
            d.name AS distributor_name, r.platform, r.status, r.sla_phase, r.sla_at_risk_at, r.sla_due_at,
            r.invitation_expires_at, r.submitted_at, r.updated_at, m.display_name AS manager_name""";
    private static final String JOINS = """
            JOIN organization p ON p.id = r.partner_id
            LEFT JOIN organization d ON d.id = r.distributor_id
            LEFT JOIN app_user m ON m.id = r.responsible_manager_id""";

    private final NamedParameterJdbcTemplate jdbc;
    /** Its own template: a fetch size makes MariaDB stream the export instead of buffering the whole result. */
    private final NamedParameterJdbcTemplate streamingJdbc;
    private final RequestConditions conditions;
    private final RequestScope scope;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** Prefix of a page statement that searches customer words; see {@link #statementPlan}. */
    private final String wordSearchPlan;

    RequestSearch(NamedParameterJdbcTemplate jdbc, DataSource dataSource, RequestConditions conditions,
                  RequestScope scope, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1_000);
        this.streamingJdbc = new NamedParameterJdbcTemplate(streaming);
        this.conditions = conditions;
        this.scope = scope;
        this.currentUser = currentUser;
        this.clock = clock;
        this.wordSearchPlan = wordSearchPlan(jdbc);
    }

    @PreAuthorize("isAuthenticated()")
    public List<RequestRow> page(RequestFilter filter, RequestSort sort, boolean ascending, int offset, int limit) {
        return page(filter, sort, ascending, null, offset, limit);
    }

    /**
     * A page of the grid that starts {@code skip} rows after the row at {@code after} (or at the top without one).
     * A scrolling grid knows the last row it loaded, so its next page is an index seek that costs the same at
     * row 100,000 as at row 0, where a plain offset would walk every row before it.
     */
    @PreAuthorize("isAuthenticated()")
    public List<RequestRow> page(RequestFilter filter, RequestSort sort, boolean ascending, PageKey after, int skip,
                                 int limit) {
        RequestSort column = sort == null ? RequestSort.UPDATED : sort;
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = conditions.where(filter, params);
        if (after != null) {
            where += " AND " + seek(column, ascending, after, params);
        }
        String order = orderBy(column, ascending);
        params.addValue("limit", Math.min(Math.max(limit, 1), MAX_PAGE_SIZE));
        params.addValue("offset", Math.max(skip, 0));
        String sql = statementPlan(filter) + "SELECT " + COLUMNS + " FROM (SELECT r.id FROM activation_request r"
                + orderHint(filter) + " WHERE " + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset) page"
                + " JOIN activation_request r ON r.id = page.id " + JOINS + " ORDER BY " + order;
        return jdbc.query(sql, params, rowMapper(clock.instant()));
    }

    /**
     * For a search by customer words, lets MariaDB choose per word between walking the grid's order and reading a
     * rare word's rows first, instead of always collecting every match (docs/word-search.md).
     */
    private String statementPlan(RequestFilter filter) {
        return RequestConditions.searchesWords(filter) ? wordSearchPlan : "";
    }

    /** An older server lacks the variable and would refuse the statement: it then gets the default plan. */
    private static String wordSearchPlan(NamedParameterJdbcTemplate jdbc) {
        if (jdbc.getJdbcTemplate().queryForList("SHOW VARIABLES LIKE 'optimizer_join_limit_pref_ratio'").isEmpty()) {
            LOG.warn("This MariaDB has no optimizer_join_limit_pref_ratio (10.6.20, 10.11.10, 11.4.4 and later do):"
                    + " searching a common word in the request grid will be slow with many requests");
            return "";
        }
        return "SET STATEMENT optimizer_switch='materialization=off,loosescan=off', optimizer_join_limit_pref_ratio=10 FOR ";
    }

    /** A grid that loads its pages after the last row it has seen; one per grid and filter, not shared. */
    public RequestPager pager(RequestFilter filter) {
        return new RequestPager(this, filter);
    }

    /**
     * The number of matching rows, but counting at most {@code cap + 1}: exact for small results, "more than
     * cap" for big ones, at a bounded cost however many rows the scope holds (one statement per filter change).
     */
    @PreAuthorize("isAuthenticated()")
    public long countUpTo(RequestFilter filter, int cap) {
        MapSqlParameterSource params = new MapSqlParameterSource("cap", cap + 1);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM activation_request r WHERE "
                + conditions.where(filter, params) + " LIMIT :cap) capped", params, Long.class);
        return count == null ? 0 : count;
    }

    @PreAuthorize("isAuthenticated()")
    public long count(RequestFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM activation_request r WHERE " + conditions.where(filter, params),
                params, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * The user's requests per status, and per status those whose SLA clock is paused (a question from Cloud Ops).
     * Partners, distributors and account managers read the counts the database keeps per scope (changeset 018),
     * a few dozen rows whatever the size of the scope; other roles count live.
     */
    @PreAuthorize("isAuthenticated()")
    public StatusCounts statusCounts() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = scope.keptCounts(currentUser.require(), params)
                .map(kept -> "SELECT status, sla_paused, requests FROM request_scope_status WHERE " + kept + " AND requests > 0")
                .orElseGet(() -> "SELECT r.status, r.sla_phase <=> 'PAUSED' AS sla_paused, COUNT(*) AS requests"
                        + " FROM activation_request r WHERE " + conditions.where(RequestFilter.none(), params) + " GROUP BY 1, 2");
        Map<RequestStatus, Long> all = new EnumMap<>(RequestStatus.class);
        Map<RequestStatus, Long> paused = new EnumMap<>(RequestStatus.class);
        jdbc.query(sql, params, rs -> {
            RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
            all.merge(status, rs.getLong("requests"), Long::sum);
            if (rs.getBoolean("sla_paused")) {
                paused.merge(status, rs.getLong("requests"), Long::sum);
            }
        });
        return new StatusCounts(all, paused);
    }

    /** What the grid offers the logged-in user's role: default view, creation, role-specific filter and columns. */
    @PreAuthorize("isAuthenticated()")
    public GridOptions gridOptions() {
        return GridOptions.of(currentUser.require().role());
    }

    /** Partners and distributors the user's requests can belong to: the options of the grid's filters. */
    @PreAuthorize("isAuthenticated()")
    public FilterChoices filterChoices() {
        UserPrincipal user = currentUser.require();
        MapSqlParameterSource params = new MapSqlParameterSource("org", user.organizationId())
                .addValue("user", user.userId());
        String partners = switch (user.role()) {
            case DISTRIBUTOR -> "SELECT o.id, o.name FROM organization o JOIN partner_distributor pd ON pd.partner_id = o.id"
                    + " WHERE pd.distributor_id = :org";
            case CAM -> "SELECT o.id, o.name FROM organization o WHERE o.cam_id = :user";
            case DAM -> "SELECT DISTINCT o.id, o.name FROM organization o JOIN partner_distributor pd ON pd.partner_id = o.id"
                    + " JOIN organization d ON d.id = pd.distributor_id WHERE d.dam_id = :user";
            case CLOUD_OPS, ADMIN -> "SELECT o.id, o.name FROM organization o WHERE o.type = 'PARTNER'";
            case PARTNER, CUSTOMER_ADMIN -> null;
        };
        String distributors = switch (user.role()) {
            case PARTNER -> "SELECT o.id, o.name FROM organization o JOIN partner_distributor pd ON pd.distributor_id = o.id"
                    + " WHERE pd.partner_id = :org";
            case DAM -> "SELECT o.id, o.name FROM organization o WHERE o.dam_id = :user";
            case CLOUD_OPS, ADMIN -> "SELECT o.id, o.name FROM organization o WHERE o.type = 'DISTRIBUTOR'";
            case DISTRIBUTOR, CAM, CUSTOMER_ADMIN -> null;
        };
        return new FilterChoices(choices(partners, params), choices(distributors, params));
    }

    private List<FilterChoices.Choice> choices(String sql, MapSqlParameterSource params) {
        if (sql == null) {
            return List.of();
        }
        return jdbc.query(sql + " ORDER BY 2", params,
                (rs, row) -> new FilterChoices.Choice(rs.getLong(1), rs.getString(2)));
    }

    /**
     * Writes the filtered grid as CSV, row by row from a streaming result set, so the export never holds the
     * whole list. Cells that a spreadsheet would run as a formula are neutralised.
     *
     * @param labels translates the header and status/platform/SLA keys into the user's language
     */
    @PreAuthorize("isAuthenticated()")
    public int exportCsv(RequestFilter filter, RequestSort sort, boolean ascending, Writer out,
                         Function<String, String> labels) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "SELECT " + COLUMNS + " FROM activation_request r " + JOINS + " WHERE " + conditions.where(filter, params)
                + " ORDER BY " + orderBy(sort, ascending);
        RowMapper<RequestRow> mapper = rowMapper(clock.instant());
        int[] rows = {0};
        write(out, EXPORT_COLUMNS.stream().map(key -> labels.apply("requests.csv." + key)).toList());
        streamingJdbc.query(sql, params, resultSet -> {
            RequestRow row = mapper.mapRow(resultSet, rows[0]++);
            write(out, List.of(row.reference(), nullToEmpty(row.customerName()), nullToEmpty(row.country()),
                    nullToEmpty(row.adminEmail()), row.partnerName(), labels.apply(row.partnerTier().messageKey()),
                    nullToEmpty(row.distributorName()),
                    row.platform() == null ? "" : labels.apply(row.platform().messageKey()),
                    labels.apply(row.status().messageKey()),
                    row.slaState() == null ? "" : labels.apply("sla.state." + row.slaState().name()),
                    instant(row.slaDueAt()), instant(row.invitationExpiresAt()), instant(row.submittedAt()),
                    instant(row.updatedAt()), nullToEmpty(row.responsibleManagerName())));
        });
        return rows[0];
    }

    /** Neutralises spreadsheet formula injection: a leading =, +, -, @, tab or CR gets a quote in front. */
    static String csvCell(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(";") || cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private static void write(Writer out, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(';');
                }
                out.write(csvCell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "At risk" is a narrow range that MariaDB would rather find by walking the scope in grid order; keeping the
     * order-only indexes out of the ORDER BY makes it read the range and sort the few matches (docs/query-plans.md).
     */
    private static String orderHint(RequestFilter filter) {
        return filter.slaStates().equals(EnumSet.of(SlaState.AT_RISK))
                ? " IGNORE INDEX FOR ORDER BY (ix_request_manager, ix_request_partner, ix_request_updated_id,"
                + " ix_request_distributor_updated_id, ix_request_sla_phase_updated)" : "";
    }

    /**
     * The rows after {@code key} in the order "column, then id", both ascending or both descending. MariaDB sorts
     * NULL first ascending and last descending, so a nullable column needs its NULL block on the right side. Each
     * branch starts with a range on the column, which the scope's order index can seek to.
     */
    private static String seek(RequestSort sort, boolean ascending, PageKey key, MapSqlParameterSource params) {
        String c = sort.column;
        params.addValue("afterId", key.id());
        if (key.value() == null) {
            // within the NULL block: descending it is the last block, ascending every non-NULL row still follows
            return ascending ? "((" + c + " IS NULL AND r.id > :afterId) OR " + c + " IS NOT NULL)"
                    : "(" + c + " IS NULL AND r.id < :afterId)";
        }
        params.addValue("afterValue", key.value());
        String seek = ascending ? c + " >= :afterValue AND (" + c + " > :afterValue OR r.id > :afterId)"
                : c + " <= :afterValue AND (" + c + " < :afterValue OR r.id < :afterId)";
        return sort.nullable && !ascending ? "((" + seek + ") OR " + c + " IS NULL)" : "(" + seek + ")";
    }

    private static String orderBy(RequestSort sort, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        RequestSort column = sort == null ? RequestSort.UPDATED : sort;
        return column.column + direction + ", r.id" + direction;
    }

    private static RowMapper<RequestRow> rowMapper(Instant now) {
        return (rs, rowNum) -> {
            String phase = rs.getString("sla_phase");
            Instant atRisk = instant(rs, "sla_at_risk_at");
            Instant due = instant(rs, "sla_due_at");
            SlaState sla = SlaClock.stateOf(phase == null ? null : SlaPhase.valueOf(phase), atRisk, due, now);
            String platform = rs.getString("platform");
            return new RequestRow(rs.getLong("id"), rs.getString("reference"), rs.getString("customer_name"),
                    rs.getString("country"), rs.getString("admin_email"), rs.getString("partner_name"),
                    PartnerTier.valueOf(rs.getString("partner_tier")), rs.getString("distributor_name"),
                    platform == null ? null : Platform.valueOf(platform), RequestStatus.valueOf(rs.getString("status")),
                    sla, due, instant(rs, "invitation_expires_at"), instant(rs, "submitted_at"),
                    instant(rs, "updated_at"), rs.getString("manager_name"));
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
