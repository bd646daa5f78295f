package com.activationdesk.request.service;

import java.util.Set;

import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.domain.RequestStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role's grid: its default view and what it is offered, written out independently of GridOptions. */
class GridOptionsTest {

    @Test
    void eachRoleStartsFromTheRequestsThatNeedIt() {
        assertThat(GridOptions.of(Role.DISTRIBUTOR).preset())
                .isEqualTo(new GridPreset(RequestFilter.none().withStatuses(Set.of(RequestStatus.AT_DISTRIBUTOR)),
                        RequestSort.SUBMITTED, true));
        GridPreset managers = new GridPreset(RequestFilter.none().withStatuses(
                Set.of(RequestStatus.IN_REVIEW, RequestStatus.INVITATION_EXPIRED)), RequestSort.SUBMITTED, true);
        assertThat(GridOptions.of(Role.CAM).preset()).isEqualTo(managers);
        assertThat(GridOptions.of(Role.DAM).preset()).isEqualTo(managers);
        assertThat(GridOptions.of(Role.CLOUD_OPS).preset()).isEqualTo(new GridPreset(RequestFilter.none().withStatuses(
                Set.of(RequestStatus.AT_CLOUD_OPS, RequestStatus.RESEND_REQUESTED)), RequestSort.SLA_DUE, true));
        assertThat(GridOptions.of(Role.PARTNER).preset().filter().statuses())
                .doesNotContain(RequestStatus.ACTIVATED, RequestStatus.REJECTED, RequestStatus.WITHDRAWN);
        assertThat(GridOptions.of(Role.ADMIN).defaultView()).isEmpty();
        assertThat(GridOptions.of(Role.CUSTOMER_ADMIN).defaultView()).isEmpty();
    }

    @Test
    void onlyPartnersCreateAndFilterByTheirCoAdministration() {
        for (Role role : Role.values()) {
            GridOptions options = GridOptions.of(role);
            assertThat(options.mayCreate()).as(role.name()).isEqualTo(role == Role.PARTNER);
            assertThat(options.coAdminFilter()).as(role.name()).isEqualTo(role == Role.PARTNER);
        }
    }

    @Test
    void columnsThatSayNothingToARoleAreHidden() {
        assertThat(GridOptions.of(Role.PARTNER).showPartner()).isFalse();
        assertThat(GridOptions.of(Role.DISTRIBUTOR).showDistributor()).isFalse();
        assertThat(GridOptions.of(Role.CAM).showDistributor()).isFalse();
        assertThat(GridOptions.of(Role.CAM).showManager()).isFalse();
        assertThat(GridOptions.of(Role.DAM).showManager()).isFalse();
        assertThat(GridOptions.of(Role.CUSTOMER_ADMIN).showSla()).isFalse();
        GridOptions admin = GridOptions.of(Role.ADMIN);
        assertThat(admin.showPartner() && admin.showDistributor() && admin.showSla() && admin.showManager()).isTrue();
    }
}
