package com.activationdesk.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.activationdesk.SqlStatementCounter;
import com.activationdesk.dashboard.service.DashboardService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.MUSTER_ADMIN;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;

/**
 * The dashboards' part of the benchmark run by {@link GridBenchmark}: each role's whole dashboard (all its queries),
 * median and p95 server time and SQL statements, against the 300 ms the issue allows.
 */
final class DashboardBenchmark {

    static final double LIMIT_MILLIS = 300;

    private DashboardBenchmark() {
    }

    static List<Measurement> run(ApplicationContext context, SqlStatementCounter sql, int repeat) {
        DashboardService dashboards = context.getBean(DashboardService.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        Map<String, Supplier<Object>> roles = new LinkedHashMap<>();
        roles.put(NORDLICHT_USER1, dashboards::partner); // the biggest partner of the seeded data
        roles.put(ALPHA_USER1, dashboards::distributor);
        roles.put(CAM1, dashboards::manager);
        roles.put(DAM1, dashboards::manager);
        roles.put(OPS1, dashboards::cloudOps);
        roles.put(VENDOR_ADMIN, dashboards::admin);
        roles.put(MUSTER_ADMIN, dashboards::customer);
        System.out.printf("%n%-15s %-30s %10s %10s %8s  %s%n", "role", "dashboard of", "median ms", "p95 ms", "stmts",
                "< " + (int) LIMIT_MILLIS + " ms");
        List<Measurement> measurements = new ArrayList<>();
        roles.forEach((login, dashboard) -> {
            UserDetails user = users.loadUserByUsername(login);
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            try {
                String role = user.getAuthorities().iterator().next().getAuthority().replace("ROLE_", "");
                Measurement measured = Measurement.time(role, login, () -> dashboard.get() == null ? 0 : 1, sql, repeat);
                System.out.printf(Locale.ROOT, "%-15s %-30s %10.1f %10.1f %8d  %s%n", role, login,
                        measured.medianMillis(), measured.p95Millis(), measured.statements(),
                        measured.p95Millis() < LIMIT_MILLIS ? "yes" : "NO");
                measurements.add(measured);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return measurements;
    }
}
