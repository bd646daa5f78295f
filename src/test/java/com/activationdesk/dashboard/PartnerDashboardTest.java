package com.activationdesk.dashboard;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;

import com.activationdesk.dashboard.service.Bucket;
import com.activationdesk.dashboard.service.PartnerDashboard;
import com.activationdesk.dashboard.service.RequestItem;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.ContactPerson;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestFilter;
import com.activationdesk.request.service.RequestRow;
import org.junit.jupiter.api.Test;

import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The partner's dashboard: its own requests per status and what waits for it, its co-administrations. */
class PartnerDashboardTest extends DashboardServiceTestSupport {

    @Test
    void partnerSeesItsRequestsPerStatusAndWhatWaitsForItButNothingOfAnotherPartner() {
        AppUser camA = orgs.vendorUser(Role.CAM);
        AppUser camB = orgs.vendorUser(Role.CAM);
        Organization partnerA = orgs.tier1(camA);
        Organization partnerB = orgs.tier1(camB);
        String a = orgs.user(partnerA, Role.PARTNER);
        String b = orgs.user(partnerB, Role.PARTNER);
        Organization customer = orgs.customer();

        clock.set(NOW.minus(Duration.ofDays(5)));
        draft(a, null);
        draft(a, null);
        steps.returnToPartner(camA.getEmail(), steps.submittedAt(a, NOW.minus(Duration.ofDays(4))));
        steps.submittedAt(a, NOW.minus(Duration.ofDays(4)));
        RequestDetails invited = steps.invitedAt(a, camA.getEmail(), NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(1)));
        RequestDetails later = steps.invitedAt(a, camA.getEmail(), NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofHours(2)));
        steps.activateAt(steps.invitedAt(a, camA.getEmail(), NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2))),
                customer, NOW.minus(Duration.ofDays(1)));
        draft(b, null);
        for (int i = 0; i < 3; i++) {
            steps.submittedAt(b, NOW.minus(Duration.ofDays(2)));
        }
        clock.set(NOW);

        PartnerDashboard mine = runAs.as(a, dashboards::partner);
        assertThat(values(mine.byStatus())).isEqualTo(expected(RequestStatus.DRAFT, 2, RequestStatus.RETURNED, 1,
                RequestStatus.IN_REVIEW, 1, RequestStatus.INVITATION_SENT, 2, RequestStatus.ACTIVATED, 1));
        for (Bucket<RequestStatus> bucket : mine.byStatus()) {
            assertCounts(a, bucket.counter(), "partner_id = ? AND status = ?", partnerA.getId(), bucket.key().name());
        }
        assertCounts(a, mine.returned(), "partner_id = ? AND status = 'RETURNED'", partnerA.getId());
        assertThat(mine.returned().value()).isEqualTo(1);
        assertCounts(a, mine.invitationsSent(), "partner_id = ? AND status = 'INVITATION_SENT'", partnerA.getId());
        assertCounts(a, mine.invitationsExpired(), "partner_id = ? AND status = 'INVITATION_EXPIRED'", partnerA.getId());
        assertThat(mine.invitationsExpired().value()).isZero();
        // live invitations, the one expiring first on top, with the expiry instant (72 h after sending)
        assertThat(mine.nextToExpire()).extracting(RequestItem::reference).containsExactly(invited.reference(), later.reference());
        assertThat(mine.nextToExpire().getFirst().when()).isEqualTo(NOW.minus(Duration.ofDays(1)).plus(Duration.ofHours(72)));
        assertThat(mine.contacts()).extracting(ContactPerson::email).containsExactly(camA.getEmail());

        PartnerDashboard theirs = runAs.as(b, dashboards::partner);
        assertThat(values(theirs.byStatus())).isEqualTo(expected(RequestStatus.DRAFT, 1, RequestStatus.IN_REVIEW, 3));
        for (Bucket<RequestStatus> bucket : theirs.byStatus()) {
            assertCounts(b, bucket.counter(), "partner_id = ? AND status = ?", partnerB.getId(), bucket.key().name());
        }
        assertThat(theirs.nextToExpire()).isEmpty();
        assertThat(theirs.contacts()).extracting(ContactPerson::email).containsExactly(camB.getEmail());
    }

    @Test
    void coAdministrationTileCountsActivatedTenantsWithoutTheUserAndLinksToExactlyThem() {
        AppUser cam = orgs.vendorUser(Role.CAM);
        Organization partner = orgs.tier1(cam);
        String me = orgs.user(partner, Role.PARTNER);
        String colleague = orgs.user(partner, Role.PARTNER);
        Organization customer = orgs.customer();
        // another partner's activated tenant without me: outside my scope, never counted
        AppUser otherCam = orgs.vendorUser(Role.CAM);
        String stranger = orgs.user(orgs.tier1(otherCam), Role.PARTNER);
        RequestDetails foreign = steps.activateAt(steps.invitedAt(stranger, otherCam.getEmail(),
                NOW.minus(Duration.ofDays(6)), NOW.minus(Duration.ofDays(5))), customer, NOW.minus(Duration.ofDays(5)));
        RequestDetails first = steps.activateAt(steps.invitedAt(me, cam.getEmail(), NOW.minus(Duration.ofDays(6)),
                NOW.minus(Duration.ofDays(5))), customer, NOW.minus(Duration.ofDays(5)));
        RequestDetails second = steps.activateAt(steps.invitedAt(me, cam.getEmail(), NOW.minus(Duration.ofDays(4)),
                NOW.minus(Duration.ofDays(3))), customer, NOW.minus(Duration.ofDays(3)));
        long meId = userId(me);
        long colleagueId = userId(colleague);
        long adminId = userId(VENDOR_ADMIN);
        jdbc.update("INSERT INTO request_co_admin (request_id, user_id, added_at, added_by_user_id) VALUES (?, ?, ?, ?)",
                first.id(), meId, LocalDateTime.ofInstant(NOW, ZoneOffset.UTC), adminId);
        jdbc.update("INSERT INTO request_co_admin (request_id, user_id, added_at, added_by_user_id) VALUES (?, ?, ?, ?)",
                second.id(), colleagueId, LocalDateTime.ofInstant(NOW, ZoneOffset.UTC), adminId);
        clock.set(NOW);

        PartnerDashboard.CoAdministration tile = runAs.as(me, dashboards::partner).coAdministration();

        String withoutUser = "partner_id = ? AND status = 'ACTIVATED' AND NOT EXISTS (SELECT 1 FROM request_co_admin ca"
                + " WHERE ca.request_id = activation_request.id AND ca.user_id = ?)";
        assertThat(tile.withoutMe().value()).isEqualTo(1);
        assertThat(tile.withoutMe().filter()).isEqualTo(RequestFilter.none()
                .withStatuses(EnumSet.of(RequestStatus.ACTIVATED)).withoutMeAsCoAdministrator(true));
        assertCounts(me, tile.withoutMe(), withoutUser, partner.getId(), meId);
        // the grid behind the link: exactly the tenant where only the colleague is co-administrator
        assertThat(gridRows(me, tile.withoutMe())).extracting(RequestRow::reference).containsExactly(second.reference());
        assertThat(tile.latest()).extracting(RequestItem::reference).containsExactly(second.reference());

        // the same link followed by the colleague shows the other tenant: "me" is whoever is logged in
        PartnerDashboard.CoAdministration theirs = runAs.as(colleague, dashboards::partner).coAdministration();
        assertCounts(colleague, theirs.withoutMe(), withoutUser, partner.getId(), colleagueId);
        assertThat(gridRows(colleague, tile.withoutMe())).extracting(RequestRow::reference)
                .containsExactly(first.reference());
        assertThat(theirs.latest()).extracting(RequestItem::reference).containsExactly(first.reference());
        assertThat(gridRows(stranger, tile.withoutMe())).extracting(RequestRow::reference)
                .containsExactly(foreign.reference());
    }
}
