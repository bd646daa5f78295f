package com.activationdesk.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.activationdesk.BrowserSession;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.DemoUsers.PASSWORD;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;

/**
 * #11 item 7 in production mode: the browser tests see the Content-Security-Policy against Vaadin's development
 * bundle only. This command drives a running production jar (its pre-built bundle) in headless Chromium through
 * every main view of partner, CAM, Cloud Ops and admin and prints each CSP violation Chromium reports; exit code 1
 * if there was any. The server needs the demo logins (README "Security", "Headers"):
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.activationdesk.security.ProductionCspCheck -Dexec.args=8080
 * </pre>
 */
public final class ProductionCspCheck {

    private ProductionCspCheck() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        Map<String, List<String>> viewsByUser = new LinkedHashMap<>();
        viewsByUser.put(NORDLICHT_USER2, List.of("", "requests", "requests/new", "account/password"));
        viewsByUser.put(CAM1, List.of("", "requests"));
        viewsByUser.put(OPS2, List.of("", "requests", "mail-log"));
        viewsByUser.put(VENDOR_ADMIN, List.of("", "requests", "admin/users", "admin/organizations", "admin/audit",
                "mail-log", "register/unify-video"));
        List<String> violations = new ArrayList<>();
        int views = 0;
        try (BrowserSession browser = BrowserSession.start()) {
            browser.useServer(port);
            for (String publicPath : List.of("login", "forgot-password", "activate/not-a-real-token")) {
                browser.open(publicPath);
                views += check(browser, "anonymous at /" + publicPath, violations);
            }
            for (Map.Entry<String, List<String>> user : viewsByUser.entrySet()) {
                browser.logInToShell(user.getKey(), PASSWORD);
                views += check(browser, user.getKey() + " after login", violations);
                for (String path : user.getValue()) {
                    browser.open(path);
                    views += check(browser, user.getKey() + " at /" + path, violations);
                }
                browser.forgetSession();
            }
        }
        System.out.printf("%d views checked, %d CSP violations%n", views, violations.size());
        violations.forEach(violation -> System.out.println("  " + violation));
        System.exit(violations.isEmpty() ? 0 : 1);
    }

    private static int check(BrowserSession browser, String where, List<String> violations) {
        List<String> problems = browser.consoleProblems();
        System.out.printf("%-45s %s, console warnings/errors: %d%n", where, browser.driver().getCurrentUrl(),
                problems.size());
        problems.stream().filter(line -> line.contains("Content Security Policy"))
                .map(line -> where + ": " + line).forEach(violations::add);
        problems.stream().filter(line -> !line.contains("Content Security Policy"))
                .forEach(line -> System.out.println("    (other) " + line));
        return 1;
    }
}
