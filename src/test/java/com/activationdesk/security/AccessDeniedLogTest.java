package com.activationdesk.security;

import com.activationdesk.SecurityLogCapture;
import com.activationdesk.UiTest;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.base.ui.NotFoundView;
import com.activationdesk.dashboard.ui.DashboardView;
import com.activationdesk.request.service.RequestService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refusals reach the security log: a view outside the role (the user sees "not found") and a request id outside
 * the data scope. Building the menu, which asks the same access check for every view, logs nothing.
 */
@UiTest
class AccessDeniedLogTest extends SpringBrowserlessTest {

    @RegisterExtension
    final SecurityLogCapture securityLog = new SecurityLogCapture();

    @Autowired
    RequestService requests;

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void aViewOutsideTheRoleIsLoggedTheMenuIsNot() {
        navigate(DashboardView.class);
        assertThat(securityLog.lines("ACCESS_DENIED")).as("menu built").isEmpty();

        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(securityLog.lines("ACCESS_DENIED")).singleElement().asString()
                .contains(NORDLICHT_USER1, "view: UsersView");
    }

    @Test
    @WithUserDetails(NORDLICHT_USER1)
    void aRequestOutsideTheDataScopeIsLogged() {
        assertThatThrownBy(() -> requests.get(Long.MAX_VALUE))
                .isInstanceOf(NotFoundException.class);

        assertThat(securityLog.lines("ACCESS_DENIED")).singleElement().asString()
                .contains(NORDLICHT_USER1, "request " + Long.MAX_VALUE, "outside the data scope");
    }
}
