package com.activationdesk.security;

import java.util.List;

import com.activationdesk.SecurityLogCapture;
import com.activationdesk.UiTest;
import com.activationdesk.base.ui.NotFoundView;
import com.activationdesk.dashboard.ui.DashboardView;
import com.activationdesk.organization.ui.OrganizationsView;
import com.activationdesk.organization.ui.UsersView;
import com.activationdesk.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.aop.support.AopUtils;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM2;
import static com.activationdesk.testdata.DemoUsers.MUSTER_ADMIN;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role logs in (demo users from the database) and sees exactly the menu of its role; a view outside the
 * role cannot be opened by URL either.
 */
@UiTest
class RoleMenuTest extends SpringBrowserlessTest {

    @RegisterExtension
    final SecurityLogCapture securityLog = new SecurityLogCapture();

    @Test
    void anonymousUserLandsOnTheLoginView() {
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void adminSeesAdministration() {
        assertMenu("Home", "Requests", "Organisations", "Users", "Audit log", "Sanctions lists", "Mail log", "API tokens",
                "Webhooks", "Unify Video register");
        assertThat(find(Span.class).id("current-user-role").getText()).isEqualTo("Administrator");
        assertThat(find(Span.class).id("current-user-organization").getText()).isEqualTo("Unify (Vendor)");
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void partnerSeesItsMenu() {
        assertMenu("Start", "Anträge", "Webhooks");
    }

    @Test
    @WithUserDetails(ALPHA_USER1)
    void distributorSeesItsMenu() {
        assertMenu("Start", "Anträge", "Webhooks");
    }

    @Test
    @WithUserDetails(CAM1)
    void camSeesItsMenu() {
        assertMenu("Start", "Anträge");
    }

    @Test
    @WithUserDetails(DAM2)
    void damSeesItsMenu() {
        assertMenu("Home", "Requests");
    }

    @Test
    @WithUserDetails(OPS1)
    void cloudOpsSeesItsMenu() {
        assertMenu("Start", "Anträge", "Mail-Protokoll", "Unify-Video-Register");
    }

    @Test
    @WithUserDetails(MUSTER_ADMIN)
    void customerAdminSeesItsMenu() {
        assertMenu("Start", "Anträge", "Mandant");
    }

    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void adminOpensAdministrationByUrl() {
        UI.getCurrent().navigate("admin/organizations");
        assertThat(getCurrentView()).isInstanceOf(OrganizationsView.class);
        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isInstanceOf(UsersView.class);
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void partnerCannotOpenAdministrationByUrl() {
        assertAdministrationNotFound(NORDLICHT_USER1);
    }

    @Test
    @WithUserDetails(CAM1)
    void camCannotOpenAdministrationByUrl() {
        assertAdministrationNotFound(CAM1);
    }

    @Test
    @WithUserDetails(OPS1)
    void cloudOpsCannotOpenAdministrationByUrl() {
        assertAdministrationNotFound(OPS1);
    }

    /**
     * Vaadin's navigation access control, not Spring's method security, checks the views' {@code @RolesAllowed} and
     * {@code @PermitAll}: a method-security proxy around every view and the layout was built anew at each
     * navigation and took about a quarter of the server's CPU under load (docs/load-benchmark.md).
     */
    @Test
    @WithUserDetails(VENDOR_ADMIN)
    void viewsAreNoMethodSecurityProxies() {
        UI.getCurrent().navigate("admin/users");
        // the instances the router holds: the view and its layout
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .hasSize(2).first().isInstanceOf(UsersView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(AopUtils::isAopProxy);
    }

    /** A logged-in user gets the not-found page, the same as for a URL that does not exist. */
    private void assertAdministrationNotFound(String who) {
        for (String url : List.of("admin/organizations", "admin/users")) {
            UI.getCurrent().navigate(url);
            assertThat(getCurrentView()).as(url).isInstanceOf(NotFoundView.class);
            assertThat(find(Grid.class).exists()).as(url).isFalse();
        }
        // #11 item 4: each refused navigation in the security log, with who and which view; the menu, which
        // asks the same rules for every entry it leaves out, logs nothing.
        assertThat(securityLog.lines("ACCESS_DENIED")).hasSize(2)
                .anySatisfy(line -> assertThat(line)
                        .contains("who=" + who, "view: OrganizationsView at /admin/organizations"))
                .anySatisfy(line -> assertThat(line).contains("who=" + who, "view: UsersView at /admin/users"));
    }

    private void assertMenu(String... labels) {
        navigate(DashboardView.class);
        List<String> menu = find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(menu).containsExactly(labels);
    }
}
