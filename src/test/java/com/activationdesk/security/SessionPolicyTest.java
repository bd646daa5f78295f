package com.activationdesk.security;

import java.time.Duration;
import java.util.function.Consumer;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.UserForm;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.testdata.Unique;
import jakarta.servlet.ServletException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestInstants.WEDNESDAY_1000;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup;

/**
 * #11 items 1, 2 and 8 through the real security filter chain: sessions opened by the real form login end at their
 * next request once an admin changed the account, after 30 minutes without a user action (heartbeats do not count)
 * and 12 hours after the login; the login gets a new session id and keeps no password hash in the session.
 */
@IntegrationTest
class SessionPolicyTest {

    private static final String PASSWORD = "Sitzungs-Test-2026";
    private static final String ENDED = "/login?expired";
    /**
     * Vaadin's requests go to "/" in the browser; here that would be forwarded to the Vaadin servlet, which a mock
     * environment lacks. The filter looks at the {@code v-r} parameter only.
     */
    private static final String VAADIN_PATH = "/requests";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserService users;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> contextStrategy;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        clock.set(WEDNESDAY_1000);
        mvc = webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void loginChangesTheSessionIdAndKeepsNoPasswordHash() throws Exception {
        UserRow user = newCam();
        MockHttpSession session = new MockHttpSession();
        String anonymousId = session.getId();

        logIn(session, user);

        assertThat(session.getId()).isNotEqualTo(anonymousId);
        SecurityContext securityContext = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        UserPrincipal principal = (UserPrincipal) securityContext.getAuthentication().getPrincipal();
        assertThat(principal.email()).isEqualTo(user.email());
        assertThat(principal.getPassword()).isNull();
        assertThat(securityContext.getAuthentication().getCredentials()).isNull();
    }

    @Test
    void aRoleChangeEndsTheSession() throws Exception {
        assertAccountChangeEndsSession(user -> users.update(user.id(), user.version(),
                new UserForm(user.email(), user.displayName(), Role.DAM, user.organizationId(), "en")));
    }

    @Test
    void anOrganisationChangeEndsTheSession() throws Exception {
        assertAccountChangeEndsSession(user -> users.update(user.id(), user.version(),
                new UserForm(user.email(), user.displayName(), Role.PARTNER, organizationId("Rheinwerk IT AG"), "en")));
    }

    @Test
    void disablingEndsTheSession() throws Exception {
        assertAccountChangeEndsSession(user -> users.setEnabled(user.id(), user.version(), false));
    }

    @Test
    void anAdminPasswordResetEndsTheSession() throws Exception {
        assertAccountChangeEndsSession(user -> users.resetPassword(user.id(), user.version(), "Zurueckgesetzt-2026"));
    }

    /** #11 item 1: also the forced change after the login, which is the same service call. */
    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOneUnderANewId() throws Exception {
        UserRow user = newCam();
        MockHttpSession here = logIn(new MockHttpSession(), user);
        MockHttpSession elsewhere = logIn(new MockHttpSession(), user);
        assertAlive(here);
        assertAlive(elsewhere);
        String idBefore = here.getId();

        inRequestOf(here, () -> users.changeOwnPassword(user.id(), PASSWORD, "Eigenes-Neues-Passwort-9"));

        assertThat(here.getId()).as("a new session id").isNotEqualTo(idBefore);
        assertAlive(here);
        assertEnded(elsewhere);
        assertAlive(here);
    }

    @Test
    void aRefusedOwnPasswordChangeEndsNoSession() throws Exception {
        UserRow user = newCam();
        MockHttpSession here = logIn(new MockHttpSession(), user);
        MockHttpSession elsewhere = logIn(new MockHttpSession(), user);

        assertThatThrownBy(() -> inRequestOf(here, () -> users.changeOwnPassword(user.id(), PASSWORD, "zu-kurz")))
                .isInstanceOf(FieldValidationException.class);

        assertAlive(here);
        assertAlive(elsewhere);
    }

    @Test
    void aNameChangeKeepsTheSession() throws Exception {
        UserRow user = newCam();
        MockHttpSession session = logIn(new MockHttpSession(), user);

        runAs.run(VENDOR_ADMIN, () -> users.update(user.id(), user.version(),
                new UserForm(user.email(), "Renamed " + Unique.tag(), Role.CAM, user.organizationId(), "en")));

        assertAlive(session);
    }

    @Test
    void aVaadinRequestOfAnEndedSessionGoesOnWithoutTheSession() throws Exception {
        UserRow user = newCam();
        MockHttpSession session = logIn(new MockHttpSession(), user);

        runAs.run(VENDOR_ADMIN, () -> users.setEnabled(user.id(), user.version(), false));
        MvcResult result = perform(post(VAADIN_PATH).param("v-r", "uidl").session(session).with(csrf()));

        assertThat(session.isInvalid()).isTrue();
        // Vaadin answers "session expired" itself; its client then opens the login page with the notice.
        assertThat(result == null ? null : result.getResponse().getRedirectedUrl()).isNotEqualTo(ENDED);
    }

    @Test
    void heartbeatsDoNotKeepAnIdleSessionAlive() throws Exception {
        MockHttpSession session = logIn(new MockHttpSession(), newCam());
        assertAlive(session);

        clock.advance(Duration.ofMinutes(20));
        perform(post(VAADIN_PATH).param("v-r", "heartbeat").session(session).with(csrf()));
        clock.advance(Duration.ofMinutes(9));
        assertAlive(session); // 29 minutes after the last user action
        clock.advance(Duration.ofMinutes(29));
        perform(post(VAADIN_PATH).param("v-r", "heartbeat").session(session).with(csrf()));
        clock.advance(Duration.ofMinutes(1));

        assertEnded(session); // 30 minutes after the last one, though heartbeats came in between
    }

    @Test
    void anActiveSessionEndsTwelveHoursAfterTheLogin() throws Exception {
        MockHttpSession session = logIn(new MockHttpSession(), newCam());
        assertAlive(session); // the first request after the login, as the browser sends it at once
        for (int step = 0; step < 35; step++) { // a user action every 20 minutes, up to 11 h 40 min
            clock.advance(Duration.ofMinutes(20));
            assertAlive(session);
        }
        clock.advance(Duration.ofMinutes(19));
        assertAlive(session);

        clock.advance(Duration.ofMinutes(1));
        assertEnded(session);
    }

    private void assertAccountChangeEndsSession(Consumer<UserRow> change) throws Exception {
        UserRow user = newCam();
        MockHttpSession session = logIn(new MockHttpSession(), user);
        assertAlive(session);

        runAs.run(VENDOR_ADMIN, () -> change.accept(user));

        assertEnded(session);
    }

    /** A service call as Vaadin makes it while serving a request of this session. */
    private void inRequestOf(MockHttpSession session, Runnable call) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolderStrategy contexts = contextStrategy.getIfAvailable(
                SecurityContextHolder::getContextHolderStrategy);
        contexts.setContext((SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        try {
            call.run();
        } finally {
            contexts.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** Through the real login form's POST, as the browser sends it. */
    private MockHttpSession logIn(MockHttpSession session, UserRow user) throws Exception {
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                .param("username", user.email()).param("password", PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("login of %s", user.email()).doesNotContain("error");
        return session;
    }

    private void assertAlive(MockHttpSession session) throws Exception {
        MvcResult result = perform(get("/requests").session(session));
        assertThat(session.isInvalid()).isFalse();
        assertThat(result == null ? null : result.getResponse().getRedirectedUrl()).isNull();
    }

    private void assertEnded(MockHttpSession session) throws Exception {
        MvcResult result = perform(get("/requests").session(session));
        assertThat(session.isInvalid()).isTrue();
        assertThat(result).as("stopped by the session policy, never handed to the app").isNotNull();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(ENDED);
    }

    /**
     * The request through the real security chain; {@code null} when it passed security and reached the app:
     * MockMvc has no Vaadin servlet, so Spring's forwarding to it fails with "No servlet with name 'springServlet'".
     */
    private MvcResult perform(RequestBuilder request) throws Exception {
        try {
            return mvc.perform(request).andReturn();
        } catch (ServletException reachedTheApp) {
            if (!String.valueOf(reachedTheApp.getMessage()).contains("springServlet")) {
                throw reachedTheApp;
            }
            return null;
        }
    }

    private UserRow newCam() {
        long vendor = organizationId("Unify (Vendor)");
        return runAs.as(VENDOR_ADMIN, () -> users.create(new UserForm(Unique.email("session", "vendor.example"),
                "Session " + Unique.tag(), Role.CAM, vendor, "en"), PASSWORD));
    }

    private long organizationId(String name) {
        return jdbc.queryForObject("SELECT id FROM organization WHERE name = ?", Long.class, name);
    }
}
