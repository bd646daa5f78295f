package com.activationdesk.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.activationdesk.BrowserTestBase;
import com.activationdesk.RunAs;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.RequestSteps;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.DemoUsers.PASSWORD;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #11 item 7: the security headers on the wire, and Vaadin working under the Content-Security-Policy: Chromium
 * reports no violation on any main view, for the roles that open them.
 */
class SecurityHeadersBrowserTest extends BrowserTestBase {

    @Autowired
    RequestService requests;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;

    @Test
    void pagesCarryTheSecurityHeadersAndHstsOnlyOverHttps() throws Exception {
        HttpResponse<Void> plain = get("login", false);
        assertThat(plain.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(plain.headers().firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(plain.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(plain.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        // As a reverse proxy on this machine forwards an HTTPS request.
        HttpResponse<Void> proxied = get("login", true);
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(proxied.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void noMainViewViolatesTheContentSecurityPolicy() {
        long requestId = new RequestSteps(requests, runAs, clock).draft(NORDLICHT_USER2).id();
        List<String> violations = new ArrayList<>();

        browser.open("login");
        browser.open("activate/not-a-real-token");
        collectViolations("login, activation page", violations);

        browser.logInToShell(VENDOR_ADMIN, PASSWORD);
        for (String path : List.of("", "requests", "admin/users", "admin/organizations", "admin/audit", "mail-log")) {
            browser.clickMenu(path);
            collectViolations("admin at /" + path, violations);
        }
        browser.logOut();
        browser.logInToShell(NORDLICHT_USER2, PASSWORD);
        browser.open("requests/new");
        collectViolations("partner at the request form", violations);
        browser.open("requests/" + requestId);
        collectViolations("partner at the request detail", violations);
        browser.logOut();
        browser.logInToShell(OPS2, PASSWORD);
        browser.clickMenu("requests");
        collectViolations("Cloud Ops at the requests", violations);

        assertThat(violations).isEmpty();
    }

    /** The check itself works: Chromium does report a violation in the console, and the test reads it. */
    @Test
    void aViolationWouldBeSeen() {
        browser.open("login");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const image = new Image(); image.src = 'https://images.example.invalid/probe.png';"
                        + " document.body.appendChild(image);");
        browser.waiting().until(d -> !browser.consoleProblems().stream().filter(this::isViolation).toList().isEmpty());
    }

    private void collectViolations(String where, List<String> violations) {
        browser.consoleProblems().stream().filter(this::isViolation).map(problem -> where + ": " + problem)
                .forEach(violations::add);
    }

    private boolean isViolation(String consoleLine) {
        return consoleLine.contains("Content Security Policy");
    }

    private HttpResponse<Void> get(String path, boolean viaHttpsProxy) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.url(path))).GET();
        if (viaHttpsProxy) {
            request.header("X-Forwarded-Proto", "https");
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        }
    }
}
