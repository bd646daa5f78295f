package com.activationdesk.dashboard;

import com.activationdesk.ModuleTest;
import com.activationdesk.RunAs;
import com.activationdesk.dashboard.service.AdminDashboard;
import com.activationdesk.dashboard.service.DashboardService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** Dashboards with everything they read from (request, mail, organization, ...): the admin's numbers add up. */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(RunAs.class)
class DashboardModuleTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    RunAs runAs;

    @Test
    void theAdministratorSeesTotalsUsersAndMailFailures() {
        AdminDashboard admin = runAs.as(VENDOR_ADMIN, () -> dashboards.admin());
        assertThat(admin.total().value()).isZero();
        assertThat(admin.users()).isPositive();
        assertThat(admin.organizations()).isPositive();
        assertThat(admin.mailFailures()).isZero();
        assertThat(admin.activationsPerMonth()).hasSize(DashboardService.MONTHS);
    }
}
