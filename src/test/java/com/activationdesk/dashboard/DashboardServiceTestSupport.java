package com.activationdesk.dashboard;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.SqlStatementCounter;
import com.activationdesk.dashboard.service.AdminDashboard;
import com.activationdesk.dashboard.service.Bucket;
import com.activationdesk.dashboard.service.Counter;
import com.activationdesk.dashboard.service.DashboardService;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.request.RequestFilterParameters;
import com.activationdesk.request.Tenants;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.sla.BusinessCalendar;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.TestOrganizations;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's dashboard against a data set the test builds through the real workflow: every number equals what
 * the test counts itself (by hand, with plain SQL, and through the grid's count for the number's link, after a
 * round trip through the URL), users never see numbers from outside their scope, and the SQL statements per
 * dashboard do not grow with the number of requests.
 * <p>
 * The scoped roles get organisations and users of their own. Cloud Ops and the admin see everything in the shared
 * test database, so their checks compare with counts taken at the same moment or before and after; the Cloud Ops
 * test's weeks lie in 2031, where no other test has data.
 */
@IntegrationTest
abstract class DashboardServiceTestSupport {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Wednesday 13 June 2035, 10:00 in Berlin (summer time): "now" of most tests. */
    static final Instant NOW = berlin("2035-06-13T10:00");

    @Autowired
    DashboardService dashboards;
    @Autowired
    RequestService requests;
    @Autowired
    Tenants tenants;
    @Autowired
    RequestSearch search;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    SqlStatementCounter sql;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    RequestSteps steps;
    @Autowired
    TestOrganizations orgs;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
    }

    /** A draft of valid data; tier 2 when a distributor is given. */
    RequestDetails draft(String partnerUser, Organization distributor) {
        return draft(partnerUser, distributor, Platform.OPENSCAPE_BUSINESS, "DE");
    }

    RequestDetails draft(String partnerUser, Organization distributor, Platform platform, String country) {
        return steps.draft(partnerUser, steps.valid().withPlatform(platform).withCountry(country)
                .viaDistributor(distributor == null ? null : distributor.getId()).form());
    }

    /**
     * The number equals a plain SQL count over the same rows written out by the test, and the grid's count for the
     * number's filter after a round trip through the grid URL, as the given user.
     */
    void assertCounts(String user, Counter counter, String condition, Object... args) {
        Long plain = jdbc.queryForObject("SELECT COUNT(*) FROM activation_request WHERE " + condition, Long.class, args);
        assertThat(counter.value()).as("plain SQL: %s", condition).isEqualTo(plain);
        String url = new RequestFilterParameters(counter.filter(), counter.sort(), counter.ascending()).toQueryString();
        RequestFilterParameters back = RequestFilterParameters.from(QueryParameters.fromString(url));
        assertThat(back.filter()).isEqualTo(counter.filter());
        assertThat(runAs.as(user, () -> search.count(back.filter()))).as("grid count for %s", url).isEqualTo(counter.value());
    }

    /** The rows the grid lists for the counter's link, followed by {@code user}. */
    List<RequestRow> gridRows(String user, Counter counter) {
        RequestFilterParameters back = RequestFilterParameters.from(QueryParameters.fromString(
                new RequestFilterParameters(counter.filter(), counter.sort(), counter.ascending()).toQueryString()));
        return runAs.as(user, () -> search.page(back.filter(), back.sort(), back.ascending(), 0, RequestSearch.MAX_PAGE_SIZE));
    }

    static Map<RequestStatus, Long> values(List<Bucket<RequestStatus>> buckets) {
        Map<RequestStatus, Long> values = new EnumMap<>(RequestStatus.class);
        buckets.stream().filter(b -> b.counter().value() > 0).forEach(b -> values.put(b.key(), b.counter().value()));
        return values;
    }

    static Map<RequestStatus, Long> expected(Object... statusAndCount) {
        Map<RequestStatus, Long> expected = new EnumMap<>(RequestStatus.class);
        for (int i = 0; i < statusAndCount.length; i += 2) {
            expected.put((RequestStatus) statusAndCount[i], ((Integer) statusAndCount[i + 1]).longValue());
        }
        return expected;
    }

    long userId(String email) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, email);
    }

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    /** The months whose activations differ, as "2026-04+1". */
    static List<String> monthlyChanges(AdminDashboard before, AdminDashboard after) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < after.activationsPerMonth().size(); i++) {
            Bucket<YearMonth> month = after.activationsPerMonth().get(i);
            assertThat(before.activationsPerMonth().get(i).key()).isEqualTo(month.key());
            long more = month.counter().value() - before.activationsPerMonth().get(i).counter().value();
            if (more != 0) {
                changes.add(month.key() + (more > 0 ? "+" : "") + more);
            }
        }
        return changes;
    }
}
