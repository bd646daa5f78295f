package com.activationdesk.security;

import java.util.List;

import com.activationdesk.UiTest;
import com.activationdesk.security.ui.HomeView;
import com.activationdesk.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role logs in (demo users from the database) and sees exactly the menu of its role. */
@UiTest
class RoleMenuTest extends SpringBrowserlessTest {

    @Test
    void anonymousUserLandsOnTheLoginView() {
        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("admin@vendor.example")
    void adminSeesAdministration() {
        assertMenu("Home", "Organisations", "Users", "Mail log");
        assertThat($(Span.class).id("current-user-role").getText()).isEqualTo("Administrator");
        assertThat($(Span.class).id("current-user-organization").getText()).isEqualTo("Unify (Vendor)");
    }

    @Test
    @WithUserDetails("user1@nordlicht.example")
    void partnerSeesItsMenu() {
        assertMenu("Start");
    }

    @Test
    @WithUserDetails("user1@alpha-dist.example")
    void distributorSeesItsMenu() {
        assertMenu("Start");
    }

    @Test
    @WithUserDetails("cam1@vendor.example")
    void camSeesItsMenu() {
        assertMenu("Start");
    }

    @Test
    @WithUserDetails("dam2@vendor.example")
    void damSeesItsMenu() {
        assertMenu("Home");
    }

    @Test
    @WithUserDetails("ops1@vendor.example")
    void cloudOpsSeesItsMenu() {
        assertMenu("Start", "Mail-Protokoll");
    }

    @Test
    @WithUserDetails("admin@muster-logistik.example")
    void customerAdminSeesItsMenu() {
        assertMenu("Start");
    }

    private void assertMenu(String... labels) {
        navigate(HomeView.class);
        List<String> menu = $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(menu).containsExactly(labels);
    }
}
