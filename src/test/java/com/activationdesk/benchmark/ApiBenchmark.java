package com.activationdesk.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.activationdesk.Application;
import com.activationdesk.RunAs;
import com.activationdesk.api.token.ApiTokenScopes;
import com.activationdesk.api.token.ApiTokens;
import com.activationdesk.sla.SlaState;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;

/**
 * The partner API's speed over real HTTP (#14): the partner with the most requests pages through its request list
 * with the cursor (unfiltered, then by status, SLA state and text) and creates and submits drafts as an ERP would
 * (Idempotency-Key, If-Match). Prints p50/p95/max per page and per call, client-side, so the times include HTTP,
 * the token check, JSON and the database. Run (see docs/api.md, "Benchmark"):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.activationdesk.benchmark.ApiBenchmark}
 * with optional {@code -Dbenchmark.url=... -Dbenchmark.rows=... -Dbenchmark.port=...} (8780; it also takes the next
 * two ports for the actuator and the development mail catcher), {@code -Dbenchmark.pages=N} (pages of the
 * unfiltered listing, 0 = all, the default), {@code -Dbenchmark.filtered-pages=N} (per filtered listing, default
 * 100, 0 = all), {@code -Dbenchmark.limit=N} (rows per page, default 50) and {@code -Dbenchmark.submits=N} (100).
 * Seeds the database like {@link GridBenchmark} when it holds fewer requests; every run adds its submitted requests
 * and one token.
 */
public final class ApiBenchmark {

    /**
     * @param rows          requests the database should hold; missing ones are seeded (stress spread)
     * @param pages         pages of the unfiltered listing read at most, 0 = until the last
     * @param filteredPages pages of each filtered listing read at most, 0 = until the last
     * @param limit         rows per page
     * @param submits       drafts created and submitted, after one unmeasured warm-up
     */
    record Settings(int rows, int pages, int filteredPages, int limit, int submits) {
    }

    /** One kind of call over its runs: client-side milliseconds, and the rows its answers held (listings). */
    record Latencies(String name, int calls, long rows, double p50, double p95, double max) {

        static Latencies of(String name, List<Long> nanos, long rows) {
            List<Long> sorted = nanos.stream().sorted().toList();
            return new Latencies(name, sorted.size(), rows, millis(sorted, 0.5), millis(sorted, 0.95),
                    sorted.getLast() / 1e6);
        }

        private static double millis(List<Long> sorted, double quantile) {
            return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * quantile) - 1)) / 1e6;
        }
    }

    /**
     * @param partnerRequests the partner's requests before the run, as the database counts them
     * @param listings        the unfiltered listing first, then the filtered ones
     * @param submitted       the ids of the requests created and submitted (the warm-up's included)
     */
    record Result(String partner, long partnerRequests, List<Latencies> listings, List<Latencies> submits,
                  List<Long> submitted) {
    }

    private ApiBenchmark() {
    }

    public static void main(String[] args) {
        String url = System.getProperty("benchmark.url",
                "jdbc:mariadb://127.0.0.1:3306/activationdesk_bench?createDatabaseIfNotExist=true");
        int port = Integer.getInteger("benchmark.port", 8780);
        Settings settings = new Settings(Integer.getInteger("benchmark.rows", 1_000_000),
                Integer.getInteger("benchmark.pages", 0), Integer.getInteger("benchmark.filtered-pages", 100),
                Integer.getInteger("benchmark.limit", 50), Integer.getInteger("benchmark.submits", 100));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.datasource.url=" + url,
                        "spring.datasource.username=" + System.getProperty("benchmark.user", "root"),
                        "spring.datasource.password=" + System.getProperty("benchmark.password", ""),
                        "activationdesk.demo-data.enabled=true", "activationdesk.demo-data.requests=false",
                        "activationdesk.scheduling.enabled=false", "spring.main.banner-mode=off",
                        "logging.level.root=warn", "logging.level.com.activationdesk=warn")
                // as arguments: the builder's properties rank below application.properties; the rate limit
                // would turn the benchmark into a measurement of Retry-After
                .run("--server.port=" + port, "--management.server.port=" + (port + 1),
                        "--activationdesk.dev-smtp.port=" + (port + 2),
                        "--activationdesk.api.requests-per-minute=" + Integer.MAX_VALUE)) {
            System.out.println("Database: " + url);
            GridBenchmark.prepare(context, settings.rows(), false);
            printLoad("before");
            print(run(context, "http://127.0.0.1:" + port, settings));
            printLoad("after");
        }
    }

    /**
     * Issues a read-write token for the technical user of the partner with the most requests (as the vendor admin,
     * through the token service), then measures its listings and submissions. Also run at a small N in the build
     * ({@code ApiBenchmarkTest}). Throws on any answer other than the expected one.
     */
    static Result run(ApplicationContext context, String baseUrl, Settings settings) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Map<String, Object> top = jdbc.queryForMap("""
                SELECT partner_id, COUNT(*) AS requests FROM activation_request
                GROUP BY partner_id ORDER BY requests DESC, partner_id LIMIT 1""");
        long partnerId = ((Number) top.get("partner_id")).longValue();
        long partnerRequests = ((Number) top.get("requests")).longValue();
        Map<String, Object> partner = jdbc.queryForMap("""
                SELECT o.name,
                       (SELECT MIN(pd.distributor_id) FROM partner_distributor pd WHERE pd.partner_id = o.id
                        AND o.tier = 'TIER_2') AS distributor_id,
                       (SELECT MIN(u.id) FROM app_user u WHERE u.organization_id = o.id AND u.role = 'PARTNER'
                        AND u.enabled) AS user_id
                FROM organization o WHERE o.id = ?""", partnerId);
        long userId = ((Number) partner.get("user_id")).longValue();
        Number distributorId = (Number) partner.get("distributor_id");
        Clock clock = context.getBean(Clock.class);
        RunAs runAs = new RunAs(context.getBean(UserDetailsService.class),
                context.getBeanProvider(SecurityContextHolderStrategy.class));
        ApiTokens.IssuedToken token = runAs.as(VENDOR_ADMIN, () -> context.getBean(ApiTokens.class)
                .issue(userId, "API benchmark " + clock.instant(), ApiTokenScopes.READ_WRITE, 1));
        System.out.printf("Partner %s (id %d): %,d requests; token %s… of %s%n%n", partner.get("name"), partnerId,
                partnerRequests, token.token().prefix(), token.token().userEmail());

        ApiBenchmarkClient api = new ApiBenchmarkClient(baseUrl, token.secret());
        List<Latencies> listings = new ArrayList<>();
        listings.add(list(api, "all", "", settings.pages(), settings.limit()));
        for (Map.Entry<String, String> filter : filters(api).entrySet()) {
            listings.add(list(api, filter.getKey(), filter.getValue(), settings.filteredPages(), settings.limit()));
        }

        List<Long> submitted = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate rollout = LocalDate.now(clock).plusMonths(3);
        submitted.add(submit(api, draft(run, 0, rollout, distributorId), "warm-up " + run, new long[3]));
        List<Long> creates = new ArrayList<>();
        List<Long> submits = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        for (int i = 1; i <= settings.submits(); i++) {
            long[] nanos = new long[3];
            submitted.add(submit(api, draft(run, i, rollout, distributorId), run + "-" + i, nanos));
            creates.add(nanos[0]);
            submits.add(nanos[1]);
            totals.add(nanos[2]);
        }
        return new Result((String) partner.get("name"), partnerRequests, listings, List.of(
                Latencies.of("create draft", creates, 0), Latencies.of("submit", submits, 0),
                Latencies.of("create + submit", totals, 0)), submitted);
    }

    /**
     * The filtered listings, each as its query string: the statuses with the most and with few rows, every SLA
     * state, and text as a user would type it: a customer name of the partner's (from its first page) and a word
     * that 1 in 16 customers have (the worst case).
     */
    private static Map<String, String> filters(ApiBenchmarkClient api) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("view=work", "view=work");
        filters.put("status=ACTIVATED", "status=ACTIVATED");
        filters.put("status=IN_REVIEW", "status=IN_REVIEW");
        for (SlaState state : SlaState.values()) {
            filters.put("slaState=" + state, "slaState=" + state);
        }
        String customerName = api.get("/api/v1/requests?limit=1", 200).get("items").get(0).get("customerName")
                .asString().replace(" GmbH", "");
        filters.put("text: customer name", "text=" + URLEncoder.encode(customerName, StandardCharsets.UTF_8));
        filters.put("text: common word", "text=Logistik");
        return filters;
    }

    /**
     * Pages through one listing with the cursor, {@code maxPages} pages at most (0 = all), after reading its first
     * page once unmeasured (JIT, caches). A request on two pages stops it: the cursor must not repeat rows.
     */
    private static Latencies list(ApiBenchmarkClient api, String name, String query, int maxPages, int limit) {
        String path = "/api/v1/requests?limit=" + limit + (query.isEmpty() ? "" : "&" + query);
        api.get(path, 200);
        List<Long> nanos = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        do {
            long started = System.nanoTime();
            JsonNode page = api.get(cursor == null ? path
                    : path + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8), 200);
            nanos.add(System.nanoTime() - started);
            for (JsonNode item : page.get("items")) {
                if (!seen.add(item.get("id").asLong())) {
                    throw new IllegalStateException(name + ": request " + item.get("id") + " on two pages");
                }
            }
            JsonNode next = page.get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null && (maxPages == 0 || nanos.size() < maxPages));
        return Latencies.of(name, nanos, seen.size());
    }

    /**
     * Creates the draft and submits it, as an ERP would: an Idempotency-Key per call, the ETag of the draft as
     * If-Match. {@code nanos} receives the create's, the submit's and the total time.
     *
     * @return the request's id
     */
    private static long submit(ApiBenchmarkClient api, Map<String, Object> draft, String key, long[] nanos) {
        long started = System.nanoTime();
        ApiBenchmarkClient.Answer created = api.send("POST", "/api/v1/requests", draft,
                Map.of("Idempotency-Key", key + "-create"), 201);
        long createdAt = System.nanoTime();
        long id = created.json().get("id").asLong();
        ApiBenchmarkClient.Answer submitted = api.send("POST", "/api/v1/requests/" + id + "/submit", null,
                Map.of("Idempotency-Key", key + "-submit", "If-Match", created.etag()), 200);
        long done = System.nanoTime();
        String status = submitted.json().get("status").asString();
        if (!List.of("IN_REVIEW", "AT_DISTRIBUTOR").contains(status)) {
            throw new IllegalStateException("Request " + id + " submitted to " + status);
        }
        nanos[0] = createdAt - started;
        nanos[1] = done - createdAt;
        nanos[2] = done - started;
        return id;
    }

    /** A complete request as the API takes it (a new customer, VAT number and administrator e-mail each). */
    private static Map<String, Object> draft(String run, int n, LocalDate rollout, Number distributorId) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("customerName", "API Benchmark " + run + " " + n + " GmbH");
        draft.put("street", "Hauptstraße 1");
        draft.put("postalCode", "80331");
        draft.put("city", "München");
        draft.put("country", "DE");
        draft.put("vatOrRegistrationNumber", "DE" + Math.abs((run + n).hashCode()));
        draft.put("industry", "Logistics");
        draft.put("intendedUse", "Cloud telephony for 40 office users");
        draft.put("website", "https://kunde.example");
        draft.put("adminFirstName", "Erika");
        draft.put("adminLastName", "Mustermann");
        draft.put("adminEmail", "api-bench-" + run + "-" + n + "@kunde.example");
        draft.put("adminPhone", "+4989123456");
        draft.put("adminLanguage", "de");
        draft.put("platform", "OPENSCAPE_BUSINESS");
        draft.put("platformVersion", "V3R3");
        draft.put("licensing", "SSL_SUBSCRIPTION");
        draft.put("plannedUsers", 40);
        draft.put("plannedRolloutDate", rollout.toString());
        draft.put("declarationNoUnifyVideo", true);
        draft.put("declarationDataCorrect", true);
        if (distributorId != null) {
            draft.put("distributorId", distributorId.longValue());
        }
        return draft;
    }

    /** The figures are client-side times on the same machine as server and database: its load belongs to them. */
    private static void printLoad(String when) {
        System.out.printf(Locale.ROOT, "%nLoad average (1 min) %s: %.2f on %d cores%n%n", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    static void print(Result result) {
        System.out.printf("%-24s %7s %10s %9s %9s %9s%n", "listing", "pages", "rows", "p50 ms", "p95 ms", "max ms");
        for (Latencies listing : result.listings()) {
            System.out.printf(Locale.ROOT, "%-24s %7d %10d %9.1f %9.1f %9.1f%n", listing.name(), listing.calls(),
                    listing.rows(), listing.p50(), listing.p95(), listing.max());
        }
        System.out.printf("%n%-24s %7s %10s %9s %9s %9s%n", "submission", "calls", "", "p50 ms", "p95 ms", "max ms");
        for (Latencies call : result.submits()) {
            System.out.printf(Locale.ROOT, "%-24s %7d %10s %9.1f %9.1f %9.1f%n", call.name(), call.calls(), "",
                    call.p50(), call.p95(), call.max());
        }
    }
}
