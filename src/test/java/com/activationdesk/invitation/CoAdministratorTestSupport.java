package com.activationdesk.invitation;

import java.time.Instant;
import java.util.List;

import com.activationdesk.invitation.coadmin.CoAdministratorRow;
import com.activationdesk.invitation.coadmin.CoAdministratorService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.invitation.InvitedRequests.CONSENT;
import static com.activationdesk.invitation.InvitedRequests.PASSWORD;
import static com.activationdesk.testdata.TestInstants.WEDNESDAY_1000;

/**
 * Shared set-up of the co-administrator tests: a Wednesday morning, tenants of Nordlicht invited through the real
 * workflow ({@link InvitedRequests}) and activated by their administrator, and what the customer admin lists.
 */
abstract class CoAdministratorTestSupport extends InvitedRequestTestSupport {

    @Autowired
    CoAdministratorService coAdministrators;

    /** A Wednesday morning. */
    @Override
    Instant start() {
        return WEDNESDAY_1000;
    }

    /** A fresh tenant of Nordlicht, activated through its link: no co-administrator yet. */
    Tenant activatedTenant() {
        InvitedRequests.Invited invited = fixtures.invite();
        String admin = activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT);
        return new Tenant(invited.id(), admin);
    }

    /** The co-administrators as the tenant's customer admin lists them. */
    List<CoAdministratorRow> coAdministratorsOf(Tenant tenant) {
        return runAs.as(tenant.admin(), () -> coAdministrators.list(tenant.id()));
    }

    /** An activated request and the customer admin who activated it. */
    record Tenant(long id, String admin) {
    }
}
