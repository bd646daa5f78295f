package com.activationdesk.security;

import com.activationdesk.IntegrationTest;
import com.activationdesk.RunAs;
import com.activationdesk.SecurityLogCapture;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.service.UserFilter;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.request.service.RequestService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refusals reach the security log: a service outside the role, and a request id outside the data scope. */
@IntegrationTest
class AccessDeniedLogTest {

    @RegisterExtension
    final SecurityLogCapture securityLog = new SecurityLogCapture();

    @Autowired
    RequestService requests;
    @Autowired
    UserService users;
    @Autowired
    RunAs runAs;

    @Test
    void aServiceOutsideTheRoleIsLogged() {
        assertThatThrownBy(() -> runAs.run(NORDLICHT_USER1, () -> users.count(UserFilter.none())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(securityLog.lines("ACCESS_DENIED")).singleElement().asString()
                .contains(NORDLICHT_USER1, "role: UserService.count");
    }

    @Test
    void aRequestOutsideTheDataScopeIsLogged() {
        assertThatThrownBy(() -> runAs.run(NORDLICHT_USER1, () -> requests.get(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);

        assertThat(securityLog.lines("ACCESS_DENIED")).singleElement().asString()
                .contains(NORDLICHT_USER1, "request " + Long.MAX_VALUE, "outside the data scope");
    }
}
