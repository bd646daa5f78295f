package com.activationdesk.request;

import java.util.Set;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.service.OrganizationForm;
import com.activationdesk.organization.service.OrganizationRow;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.TestRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.CAM2;
import static com.activationdesk.testdata.DemoUsers.HANSE_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When an admin gives a partner another CAM, its open requests move to the new CAM; closed ones stay. */
@IntegrationTest
class ManagerReassignmentTest {

    @Autowired
    RequestService requests;
    @Autowired
    OrganizationService organizations;
    @Autowired
    AppUserRepository users;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    AuditTrail auditTrail;

    @Test
    void openRequestsFollowTheNewCamAndFinishedOnesStay() {
        clock.set(MONDAY_0900);
        String partnerUser = HANSE_USER1; // Hanse Kommunikation KG, CAM cam2
        RequestDetails open = submitted(partnerUser);
        RequestDetails rejected = submitted(partnerUser);
        runAs.run(CAM2, () -> requests.reject(rejected.id(), rejected.version(), "test: not needed"));

        long cam1 = users.findByEmail(CAM1).orElseThrow().getId();
        long cam2 = users.findByEmail(CAM2).orElseThrow().getId();
        OrganizationRow hanse = partner(open.partnerId());
        runAs.run(VENDOR_ADMIN, () -> organizations.update(hanse.id(), hanse.version(), form(hanse, cam1)));

        assertThat(runAs.as(CAM1, () -> requests.get(open.id()).status())).isEqualTo(RequestStatus.IN_REVIEW);
        assertThatThrownBy(() -> runAs.as(CAM2, () -> requests.get(open.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(runAs.as(CAM2, () -> requests.get(rejected.id()).status())).isEqualTo(RequestStatus.REJECTED);
        // one entry on the moved request's timeline, by the admin, naming both managers; none on the finished one
        assertThat(auditTrail.timeline(open.id()).getLast()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("REASSIGN");
            assertThat(entry.actor().email()).isEqualTo(VENDOR_ADMIN);
            assertThat(entry.changes()).containsExactly(new FieldChange("responsibleManager",
                    name(cam2) + " <" + CAM2 + ">", name(cam1) + " <" + CAM1 + ">"));
        });
        assertThat(auditTrail.timeline(open.id())).filteredOn(entry -> entry.action().equals("REASSIGN")).hasSize(1);
        assertThat(auditTrail.timeline(rejected.id())).noneMatch(entry -> entry.action().equals("REASSIGN"));

        OrganizationRow back = partner(open.partnerId()); // leave the demo data as it was
        runAs.run(VENDOR_ADMIN, () -> organizations.update(back.id(), back.version(), form(back, cam2)));
    }

    private String name(long userId) {
        return users.findById(userId).orElseThrow().getDisplayName();
    }

    private RequestDetails submitted(String partnerUser) {
        RequestDetails draft = runAs.as(partnerUser, () -> requests.createDraft(TestRequest.valid(clock).form()));
        return runAs.as(partnerUser, () -> requests.submit(draft.id(), draft.version()));
    }

    private OrganizationRow partner(long id) {
        return runAs.as(VENDOR_ADMIN, () -> organizations.get(id));
    }

    private static OrganizationForm form(OrganizationRow row, long camId) {
        return new OrganizationForm(row.name(), OrganizationType.PARTNER, PartnerTier.TIER_1, row.country(), camId, null, Set.of());
    }
}
