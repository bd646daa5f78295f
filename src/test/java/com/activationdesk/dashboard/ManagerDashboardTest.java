package com.activationdesk.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.activationdesk.dashboard.service.Bucket;
import com.activationdesk.dashboard.service.DistributorDashboard;
import com.activationdesk.dashboard.service.ManagerDashboard;
import com.activationdesk.dashboard.service.RequestItem;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.sla.SlaState;
import org.junit.jupiter.api.Test;

import static com.activationdesk.testdata.DemoUsers.OPS1;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboards of the distributor, the DAM and the CAM: only what their own partners sent them. */
class ManagerDashboardTest extends DashboardServiceTestSupport {

    @Test
    void distributorSeesWhatToPassOnOldestFirstAndNeverDraftsOrAnotherDistributorsRequests() {
        AppUser dam = orgs.vendorUser(Role.DAM);
        Organization distributor = orgs.distributor(dam);
        Organization other = orgs.distributor(orgs.vendorUser(Role.DAM));
        Organization partner = orgs.tier2(distributor);
        Organization otherPartner = orgs.tier2(other);
        String partnerUser = orgs.user(partner, Role.PARTNER);
        String otherPartnerUser = orgs.user(otherPartner, Role.PARTNER);
        String distributorUser = orgs.user(distributor, Role.DISTRIBUTOR);
        String otherDistributorUser = orgs.user(other, Role.DISTRIBUTOR);

        clock.set(NOW.minus(Duration.ofDays(6)));
        draft(partnerUser, distributor); // never seen by the distributor
        clock.set(NOW.minus(Duration.ofDays(3)));
        RequestDetails oldest = steps.submit(partnerUser, draft(partnerUser, distributor));
        clock.set(NOW.minus(Duration.ofDays(2)));
        RequestDetails newer = steps.submit(partnerUser, draft(partnerUser, distributor));
        steps.returnToPartner(distributorUser, steps.submit(partnerUser, draft(partnerUser, distributor)));
        RequestDetails passed = steps.passToDam(distributorUser,
                steps.submit(partnerUser, draft(partnerUser, distributor)));
        steps.submit(otherPartnerUser, draft(otherPartnerUser, other));
        clock.set(NOW);

        DistributorDashboard mine = runAs.as(distributorUser, dashboards::distributor);
        assertThat(mine.waiting().value()).isEqualTo(2);
        assertThat(mine.returned().value()).isEqualTo(1);
        assertThat(mine.oldestWaiting()).extracting(RequestItem::reference).containsExactly(oldest.reference(), newer.reference());
        assertThat(mine.oldestWaiting().getFirst().when()).isEqualTo(NOW.minus(Duration.ofDays(3)));
        assertThat(values(mine.byStatus())).isEqualTo(expected(RequestStatus.AT_DISTRIBUTOR, 2, RequestStatus.RETURNED, 1,
                RequestStatus.IN_REVIEW, 1));
        String scope = "distributor_id = ? AND submitted_at IS NOT NULL";
        assertCounts(distributorUser, mine.waiting(), scope + " AND status = 'AT_DISTRIBUTOR'", distributor.getId());
        assertCounts(distributorUser, mine.returned(), scope + " AND status = 'RETURNED'", distributor.getId());
        for (Bucket<RequestStatus> bucket : mine.byStatus()) {
            assertCounts(distributorUser, bucket.counter(), scope + " AND status = ?", distributor.getId(), bucket.key().name());
        }
        assertThat(runAs.as(otherDistributorUser, dashboards::distributor).waiting().value()).isEqualTo(1);

        // the DAM behind the distributor: the passed request waits for the DAM's check
        ManagerDashboard damView = runAs.as(dam.getEmail(), dashboards::manager);
        assertThat(damView.waitingForCheck().value()).isEqualTo(1);
        assertThat(damView.oldestWaiting()).extracting(RequestItem::reference).containsExactly(passed.reference());
        assertCounts(dam.getEmail(), damView.waitingForCheck(),
                "responsible_manager_id = ? AND submitted_at IS NOT NULL AND status = 'IN_REVIEW'", dam.getId());
    }

    @Test
    void camSeesChecksQuestionsAndResendsOfItsOwnPartnersOnly() {
        AppUser camA = orgs.vendorUser(Role.CAM);
        AppUser camB = orgs.vendorUser(Role.CAM);
        Organization partnerA = orgs.tier1(camA);
        Organization partnerB = orgs.tier1(camB);
        String a = orgs.user(partnerA, Role.PARTNER);
        String b = orgs.user(partnerB, Role.PARTNER);

        RequestDetails old = steps.submittedAt(a, NOW.minus(Duration.ofDays(40))); // outside the activity window
        RequestDetails first = steps.submittedAt(a, NOW.minus(Duration.ofDays(5)));
        RequestDetails second = steps.submittedAt(a, NOW.minus(Duration.ofDays(4)));
        RequestDetails questioned = steps.askManager(OPS1, steps.forwardedAt(a, camA.getEmail(), NOW.minus(Duration.ofDays(6))));
        steps.invitedAt(a, camA.getEmail(), NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(7)));
        clock.set(NOW.minus(Duration.ofDays(1)));
        tenants.expireDueInvitations(); // the link died after 72 h
        steps.submittedAt(b, NOW.minus(Duration.ofDays(2)));
        clock.set(NOW);

        ManagerDashboard mine = runAs.as(camA.getEmail(), dashboards::manager);
        assertThat(mine.waitingForCheck().value()).isEqualTo(4);
        assertThat(mine.questions().value()).isEqualTo(1);
        assertThat(mine.resendDue().value()).isEqualTo(1);
        assertThat(mine.oldestWaiting()).extracting(RequestItem::reference)
                .containsExactly(old.reference(), questioned.reference(), first.reference(), second.reference());
        assertThat(mine.oldestWaiting().get(1).slaState()).isEqualTo(SlaState.PAUSED);
        String scope = "responsible_manager_id = ? AND submitted_at IS NOT NULL";
        assertCounts(camA.getEmail(), mine.waitingForCheck(), scope + " AND status = 'IN_REVIEW'", camA.getId());
        assertCounts(camA.getEmail(), mine.questions(), scope + " AND status = 'IN_REVIEW' AND sla_phase = 'PAUSED'", camA.getId());
        assertCounts(camA.getEmail(), mine.resendDue(), scope + " AND status = 'INVITATION_EXPIRED'", camA.getId());
        for (Bucket<RequestStatus> bucket : mine.byStatus()) {
            assertCounts(camA.getEmail(), bucket.counter(), scope + " AND status = ?", camA.getId(), bucket.key().name());
        }
        // activity: submitted in the last 30 days (today included, Berlin days), per partner of this CAM only
        assertThat(mine.activitySince()).isEqualTo(LocalDate.of(2035, 5, 15));
        assertThat(mine.partnerActivity()).extracting(bar -> bar.key().id()).containsExactly(partnerA.getId());
        assertThat(mine.partnerActivity().getFirst().counter().value()).isEqualTo(4);
        assertCounts(camA.getEmail(), mine.partnerActivity().getFirst().counter(),
                scope + " AND partner_id = ? AND submitted_at >= ?", camA.getId(), partnerA.getId(),
                Timestamp.valueOf(LocalDateTime.ofInstant(berlin("2035-05-15T00:00"), ZoneOffset.UTC)));

        ManagerDashboard theirs = runAs.as(camB.getEmail(), dashboards::manager);
        assertThat(theirs.waitingForCheck().value()).isEqualTo(1);
        assertThat(theirs.questions().value()).isZero();
        assertThat(theirs.resendDue().value()).isZero();
        assertThat(theirs.partnerActivity()).extracting(bar -> bar.key().id()).containsExactly(partnerB.getId());
        assertThat(theirs.oldestWaiting()).extracting(RequestItem::partnerName).containsOnly(partnerB.getName());
    }
}
