package com.activationdesk.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

import com.activationdesk.Application;
import com.activationdesk.SqlStatementCounter;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestPager;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.sla.BusinessCalendar;
import com.activationdesk.sla.SlaState;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;

/**
 * Seeds a MariaDB with N requests (default 1,000,000) and prints the median and p95 server-side time and the SQL
 * statements of the request grid's queries as a CAM, Cloud Ops and a partner, then of every role's dashboard
 * ({@link DashboardBenchmark}). Run (see README):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.activationdesk.benchmark.GridBenchmark}
 * with optional {@code -Dbenchmark.url=... -Dbenchmark.rows=... -Dbenchmark.repeat=...}; {@code -Dbenchmark.grid=false}
 * measures the dashboards only; {@code -Dbenchmark.spread=realistic} seeds an empty database with the realistic
 * spread of {@link BenchmarkData} instead of the stress spread (a database keeps the spread it was seeded with).
 */
public final class GridBenchmark {

    /**
     * @param rows       requests the database should hold; missing ones are seeded
     * @param repeat     timed runs of each query
     * @param deepOffset the row the deep-paging queries reach (a tenth of it is the scrollbar's jump)
     * @param grid       measure the grid, not only the dashboards
     * @param realistic  seed the realistic spread of {@link BenchmarkData} instead of the stress spread
     */
    record Settings(int rows, int repeat, int deepOffset, boolean grid, boolean realistic) {
    }

    private GridBenchmark() {
    }

    public static void main(String[] args) {
        String url = System.getProperty("benchmark.url",
                "jdbc:mariadb://127.0.0.1:3306/activationdesk_bench?createDatabaseIfNotExist=true");
        Settings settings = new Settings(Integer.getInteger("benchmark.rows", 1_000_000),
                Integer.getInteger("benchmark.repeat", 25), 100_000,
                Boolean.parseBoolean(System.getProperty("benchmark.grid", "true")),
                "realistic".equals(System.getProperty("benchmark.spread", "stress")));
        // Registered by hand, not as a @Configuration: test sources are component-scanned by the test contexts.
        SqlStatementCounter sql = new SqlStatementCounter();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(applicationContext -> applicationContext.getBeanFactory().addBeanPostProcessor(sql))
                // the whole application as deployed, on a free port: security and Vaadin need the servlet context
                .web(WebApplicationType.SERVLET)
                .properties("spring.datasource.url=" + url,
                        "spring.datasource.username=" + System.getProperty("benchmark.user", "root"),
                        "spring.datasource.password=" + System.getProperty("benchmark.password", ""),
                        // the demo organisations and logins the seeding and the measured roles need (an
                        // external database gets none by default); not the demo requests
                        "activationdesk.demo-data.enabled=true", "activationdesk.demo-data.requests=false",
                        "activationdesk.scheduling.enabled=false", "spring.main.banner-mode=off",
                        "logging.level.root=warn", "logging.level.com.activationdesk=warn")
                // as arguments: the builder's properties rank below application.properties (server.port=8080)
                .run("--server.port=0", "--activationdesk.dev-smtp.port=0")) {
            System.out.println("Database: " + url);
            run(context, sql, settings);
        }
    }

    /**
     * Seeds what is missing, checks the data ({@link BenchmarkInvariants}), then measures the grid (if asked) and
     * every role's dashboard. Also run at a small N in the build ({@code GridBenchmarkTest}).
     */
    static List<Measurement> run(ApplicationContext context, SqlStatementCounter sql, Settings settings) {
        prepare(context, settings.rows(), settings.realistic());
        List<Measurement> measurements = new ArrayList<>();
        if (settings.grid()) {
            measurements.addAll(new GridBenchmarkRun(context, sql, settings).run());
        }
        measurements.addAll(DashboardBenchmark.run(context, sql, settings.repeat()));
        return measurements;
    }

    /**
     * Seeds the requests missing to {@code rows} and checks them ({@link BenchmarkInvariants}), or checks the
     * routing of those already there, adds the co-administrators once and prints the count. Shared with
     * {@link ApiBenchmark}, so both benchmarks measure the same data.
     */
    static void prepare(ApplicationContext context, int rows, boolean realistic) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long existing = jdbc.queryForObject("SELECT COUNT(*) FROM activation_request", Long.class);
        if (existing < rows) {
            long started = System.nanoTime();
            BenchmarkData.Seeded seeded = BenchmarkData.seed(jdbc, (int) (rows - existing),
                    context.getBean(Clock.class).instant(), context.getBean(BusinessCalendar.class), realistic);
            System.out.printf("Seeded %,d requests in %.1f s%n", seeded.rows(), (System.nanoTime() - started) / 1e9);
            BenchmarkInvariants.check(jdbc, seeded);
        } else {
            BenchmarkInvariants.checkRouting(jdbc);
        }
        int coAdministrators = BenchmarkData.seedCoAdministrators(jdbc);
        if (coAdministrators > 0) {
            System.out.printf("Added %,d co-administrators%n", coAdministrators);
        }
        System.out.printf("%,d requests%n%n", jdbc.queryForObject("SELECT COUNT(*) FROM activation_request", Long.class));
    }

    /** Times each grid query for each role and prints one table. */
    private record GridBenchmarkRun(ApplicationContext context, SqlStatementCounter sql, Settings settings) {

        List<Measurement> run() {
            RequestSearch search = context.getBean(RequestSearch.class);
            UserDetailsService users = context.getBean(UserDetailsService.class);
            System.out.printf("%-10s %-28s %10s %10s %8s %10s%n", "role", "query", "median ms", "p95 ms", "stmts", "rows");
            List<Measurement> measurements = new ArrayList<>();
            for (String login : List.of(CAM1, OPS1, NORDLICHT_USER1)) {
                UserDetails user = users.loadUserByUsername(login);
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                String role = user.getAuthorities().iterator().next().getAuthority().replace("ROLE_", "");
                // a real request of this user's scope: its customer typed without the legal form, its reference
                // and e-mail address as prefixes
                int someRow = (int) Math.min(5_000, search.countUpTo(RequestFilter.none(), 10_000) / 2);
                RequestRow row = search.page(RequestFilter.none(), RequestSort.UPDATED, false, someRow, 1).getFirst();
                for (Map.Entry<String, IntSupplier> query : queries(search, row).entrySet()) {
                    Measurement measured = Measurement.time(role, query.getKey(), query.getValue(), sql, settings.repeat());
                    System.out.printf(Locale.ROOT, "%-10s %-28s %10.1f %10.1f %8d %10d%n", role, query.getKey(),
                            measured.medianMillis(), measured.p95Millis(), measured.statements(), measured.rows());
                    measurements.add(measured);
                }
                SecurityContextHolder.clearContext();
            }
            return measurements;
        }

        private Map<String, IntSupplier> queries(RequestSearch search, RequestRow row) {
            Map<String, IntSupplier> queries = new LinkedHashMap<>();
            RequestFilter none = RequestFilter.none();
            int deep = settings.deepOffset();
            int jump = deep / 10;
            queries.put("count up to 10,000", () -> (int) search.countUpTo(none, 10_000));
            queries.put("first page", () -> search.pager(none).fetch(RequestSort.UPDATED, false, 0, 50).size());
            // How the grid reaches a deep row: scrolling, its pager knows the row before (an index seek) ...
            RequestPager scrolling = search.pager(none);
            scrolling.fetch(RequestSort.UPDATED, false, deep - 50, 50);
            queries.put("page at offset %,d".formatted(deep),
                    () -> scrolling.fetch(RequestSort.UPDATED, false, deep, 50).size());
            // ... or with the scrollbar dragged a tenth of that past the last loaded page (the grid's size estimate
            // grows in such steps), and for comparison a plain offset from the top, as without a pager
            RequestPager jumping = search.pager(none);
            jumping.fetch(RequestSort.UPDATED, false, deep - jump - 50, 50);
            queries.put("jump %,d to %,d".formatted(jump, deep),
                    () -> jumping.fetch(RequestSort.UPDATED, false, deep, 50).size());
            queries.put("plain OFFSET %,d".formatted(deep),
                    () -> search.page(none, RequestSort.UPDATED, false, deep, 50).size());
            for (SlaState state : SlaState.values()) {
                queries.put("SLA " + state, () -> search.page(none.withSlaStates(EnumSet.of(state)),
                        RequestSort.UPDATED, false, 0, 50).size());
            }
            // a customer's name as a user would type it, and a word that 1 in 16 customers have (worst case)
            String customerName = row.customerName().replace(" GmbH", "");
            String referencePrefix = row.reference().substring(0, row.reference().length() - 2);
            String emailPrefix = row.adminEmail().substring(0, row.adminEmail().indexOf('@') + 1);
            queries.put("text: customer name", () -> search.page(text(customerName), RequestSort.UPDATED, false, 0, 50).size());
            queries.put("text: common word", () -> search.page(text("Logistik"), RequestSort.UPDATED, false, 0, 50).size());
            queries.put("text: reference prefix", () -> search.page(text(referencePrefix), RequestSort.UPDATED, false, 0, 50).size());
            queries.put("text: e-mail prefix", () -> search.page(text(emailPrefix), RequestSort.UPDATED, false, 0, 50).size());
            return queries;
        }

        private static RequestFilter text(String text) {
            return RequestFilter.none().withText(text);
        }
    }
}
