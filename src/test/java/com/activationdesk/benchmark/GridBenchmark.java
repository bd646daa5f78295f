package com.activationdesk.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.activationdesk.Application;
import com.activationdesk.SqlStatementCounter;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestPager;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestSort;
import com.activationdesk.sla.BusinessCalendar;
import com.activationdesk.sla.SlaState;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
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

    private GridBenchmark() {
    }

    public static void main(String[] args) {
        String url = System.getProperty("benchmark.url",
                "jdbc:mariadb://127.0.0.1:3306/activationdesk_bench?createDatabaseIfNotExist=true");
        int rows = Integer.getInteger("benchmark.rows", 1_000_000);
        int repeat = Integer.getInteger("benchmark.repeat", 25);
        // Registered by hand, not as a @Configuration: test sources are component-scanned by the test contexts.
        SqlStatementCounter sql = new SqlStatementCounter();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(applicationContext -> applicationContext.getBeanFactory().addBeanPostProcessor(sql))
                // the whole application as deployed, on a free port: security and Vaadin need the servlet context
                .web(WebApplicationType.SERVLET)
                .properties("spring.datasource.url=" + url,
                        "spring.datasource.username=" + System.getProperty("benchmark.user", "root"),
                        "spring.datasource.password=" + System.getProperty("benchmark.password", ""),
                        "activationdesk.scheduling.enabled=false", "spring.main.banner-mode=off",
                        "logging.level.root=warn", "logging.level.com.activationdesk=warn")
                // as arguments: the builder's properties rank below application.properties (server.port=8080)
                .run("--server.port=0", "--activationdesk.dev-smtp.port=0")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long existing = jdbc.queryForObject("SELECT COUNT(*) FROM activation_request", Long.class);
            if (existing < rows) {
                long started = System.nanoTime();
                BenchmarkData.seed(jdbc, (int) (rows - existing), Instant.now(), context.getBean(BusinessCalendar.class),
                        "realistic".equals(System.getProperty("benchmark.spread", "stress")));
                System.out.printf("Seeded %,d requests in %.1f s%n", rows - existing, (System.nanoTime() - started) / 1e9);
            }
            int coAdministrators = BenchmarkData.seedCoAdministrators(jdbc);
            if (coAdministrators > 0) {
                System.out.printf("Added %,d co-administrators%n", coAdministrators);
            }
            System.out.printf("%,d requests in %s%n%n", jdbc.queryForObject("SELECT COUNT(*) FROM activation_request", Long.class), url);
            if (Boolean.parseBoolean(System.getProperty("benchmark.grid", "true"))) {
                new GridBenchmarkRun(context, sql, repeat).run();
            }
            DashboardBenchmark.run(context, sql, repeat);
        }
    }

    /** Times each grid query for each role and prints one table. */
    private record GridBenchmarkRun(ConfigurableApplicationContext context, SqlStatementCounter sql, int repeat) {

        void run() {
            RequestSearch search = context.getBean(RequestSearch.class);
            UserDetailsService users = context.getBean(UserDetailsService.class);
            System.out.printf("%-10s %-28s %10s %10s %8s %10s%n", "role", "query", "median ms", "p95 ms", "stmts", "rows");
            for (String login : List.of(CAM1, OPS1, NORDLICHT_USER1)) {
                UserDetails user = users.loadUserByUsername(login);
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                String role = user.getAuthorities().iterator().next().getAuthority().replace("ROLE_", "");
                // a real customer of this user's scope, typed without the legal form
                int someRow = (int) Math.min(5_000, search.countUpTo(RequestFilter.none(), 10_000) / 2);
                String customerName = search.page(RequestFilter.none(), RequestSort.UPDATED, false, someRow, 1)
                        .getFirst().customerName().replace(" GmbH", "");
                for (Map.Entry<String, Supplier<Integer>> query : queries(search, customerName).entrySet()) {
                    measure(role, query.getKey(), query.getValue(), sql);
                }
                SecurityContextHolder.clearContext();
            }
        }

        private Map<String, Supplier<Integer>> queries(RequestSearch search, String customerName) {
            Map<String, Supplier<Integer>> queries = new LinkedHashMap<>();
            RequestFilter none = RequestFilter.none();
            queries.put("count up to 10,000", () -> (int) search.countUpTo(none, 10_000));
            queries.put("first page", () -> search.pager(none).fetch(RequestSort.UPDATED, false, 0, 50).size());
            // How the grid reaches row 100,000: scrolling, its pager knows the row before (an index seek) ...
            RequestPager scrolling = search.pager(none);
            scrolling.fetch(RequestSort.UPDATED, false, 99_950, 50);
            queries.put("page at offset 100,000", () -> scrolling.fetch(RequestSort.UPDATED, false, 100_000, 50).size());
            // ... or with the scrollbar dragged over 10,000 rows past the last loaded page (the grid's size estimate
            // grows in such steps), and for comparison a plain offset from the top, as without a pager
            RequestPager jumping = search.pager(none);
            jumping.fetch(RequestSort.UPDATED, false, 89_950, 50);
            queries.put("jump 10,000 to 100,000", () -> jumping.fetch(RequestSort.UPDATED, false, 100_000, 50).size());
            queries.put("plain OFFSET 100,000", () -> search.page(none, RequestSort.UPDATED, false, 100_000, 50).size());
            for (SlaState state : SlaState.values()) {
                queries.put("SLA " + state, () -> search.page(none.withSlaStates(EnumSet.of(state)),
                        RequestSort.UPDATED, false, 0, 50).size());
            }
            // a customer's name as a user would type it, and a word that 1 in 16 customers have (worst case)
            queries.put("text: customer name", () -> search.page(text(customerName), RequestSort.UPDATED, false, 0, 50).size());
            queries.put("text: common word", () -> search.page(text("Logistik"), RequestSort.UPDATED, false, 0, 50).size());
            queries.put("text: reference prefix", () -> search.page(text("UP-2000-0001"), RequestSort.UPDATED, false, 0, 50).size());
            queries.put("text: e-mail prefix", () -> search.page(text("admin12345@"), RequestSort.UPDATED, false, 0, 50).size());
            return queries;
        }

        private static RequestFilter text(String text) {
            return RequestFilter.none().withText(text);
        }

        private void measure(String role, String name, Supplier<Integer> query, SqlStatementCounter sql) {
            for (int i = 0; i < 3; i++) {
                query.get(); // warm-up: caches and JIT
            }
            List<Double> millis = new ArrayList<>();
            int rows = 0;
            long statements = 0;
            for (int i = 0; i < repeat; i++) {
                sql.reset();
                long started = System.nanoTime();
                rows = query.get();
                millis.add((System.nanoTime() - started) / 1e6);
                statements = sql.statements().size();
            }
            millis.sort(Double::compare);
            double median = millis.get(millis.size() / 2);
            double p95 = millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.95) - 1));
            System.out.printf(Locale.ROOT, "%-10s %-28s %10.1f %10.1f %8d %10d%n", role, name, median, p95, statements, rows);
        }
    }
}
