package com.activationdesk.request;

import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.sla.SlaState;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.TestOrganizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.ALPHA_USER2;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.ELBE_USER1;
import static com.activationdesk.testdata.DemoUsers.MUSTER_ADMIN;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 4: the service gives each external role its own projection of a request and its timeline
 * (PROCESS.md, "Roles and what each one sees"), while the vendor's roles see everything.
 */
@IntegrationTest
class RequestAudienceTest {

    private static final String CLEARED = "Internal: screening cleared by legal";
    private static final String QUESTION = "Internal: which site is the main one?";

    @Autowired
    RequestService service;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    RequestSteps steps;
    @Autowired
    TestOrganizations organizations;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set(MONDAY_0900);
    }

    @Test
    void partnerReadsTheReasonsAddressedToItButNoInternalComment() {
        RequestDetails asked = askedByCloudOps(steps.submitted(NORDLICHT_USER1), CAM1);
        assertThat(runAs.as(CAM1, () -> service.get(asked.id())).lastComment()).isEqualTo(QUESTION);
        assertThat(runAs.as(NORDLICHT_USER1, () -> service.get(asked.id())).lastComment()).isNull();

        RequestDetails returned = runAs.as(CAM1,
                () -> service.returnToPartner(asked.id(), asked.version(), "Please fix the VAT number"));

        assertThat(runAs.as(NORDLICHT_USER1, () -> service.get(returned.id())).lastComment())
                .isEqualTo("Please fix the VAT number");
        List<AuditEntryView> timeline = runAs.as(NORDLICHT_USER1, () -> service.timeline(returned.id()));
        assertThat(timeline).extracting(AuditEntryView::action)
                .containsExactly("CREATE", "SUBMIT", "FORWARD_TO_CLOUD_OPS", "ASK_MANAGER", "RETURN");
        assertThat(timeline).extracting(AuditEntryView::comment)
                .containsExactly(null, null, null, null, "Please fix the VAT number");
        assertThat(timeline.getFirst().changes()).as("its own data").isNotEmpty();
        assertThat(timeline.getLast().actor().email()).isEqualTo(CAM1);
        assertThat(runAs.as(CAM1, () -> service.timeline(returned.id()))).extracting(AuditEntryView::comment)
                .contains(CLEARED, QUESTION);
    }

    @Test
    void distributorSeesItsPartUpToTheHandOverAndNoVendorInternals() {
        long alpha = organizations.demo(OrganizationType.DISTRIBUTOR, TestOrganizations.ALPHA_DISTRIBUTION).getId();
        RequestDetails atAlpha = steps.submit(ELBE_USER1,
                steps.draft(ELBE_USER1, steps.valid().viaDistributor(alpha).form()));
        RequestDetails passed = runAs.as(ALPHA_USER1,
                () -> service.passToDam(atAlpha.id(), atAlpha.version(), "Checked by Alpha"));
        RequestDetails asked = askedByCloudOps(passed, DAM1);

        RequestDetails seen = runAs.as(ALPHA_USER2, () -> service.get(asked.id()));
        assertThat(seen.status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(seen.responsibleManagerName()).isNotNull();
        assertThat(seen.responsibleManagerEmail()).isNull();
        assertThat(seen.lastComment()).isNull();
        assertThat(seen.exportControlConfirmedAt()).isNull();
        assertThat(seen.slaState()).as("as in the distributor's grid").isEqualTo(SlaState.PAUSED);
        List<AuditEntryView> timeline = runAs.as(ALPHA_USER2, () -> service.timeline(asked.id()));
        assertThat(timeline).extracting(AuditEntryView::action).containsExactly("CREATE", "SUBMIT", "PASS_TO_DAM");
        assertThat(timeline.getLast().comment()).isEqualTo("Checked by Alpha");

        RequestDetails managerView = runAs.as(DAM1, () -> service.get(asked.id()));
        assertThat(managerView.exportControlConfirmedAt()).isNotNull();
        assertThat(managerView.responsibleManagerEmail()).isEqualTo(DAM1);
    }

    @Test
    void customerAdminSeesItsTenantWithoutCommentsChangesOrStaffIdentities() {
        RequestDetails review = steps.submitted(NORDLICHT_USER1);
        RequestDetails forwarded = runAs.as(CAM1, () -> service.forwardToCloudOps(review.id(), review.version(),
                new ForwardChecklist(true, true), CLEARED));
        RequestDetails invited = steps.invite(OPS1, forwarded);
        steps.activate(invited, organizations.demo(OrganizationType.END_CUSTOMER, TestOrganizations.MUSTER_LOGISTIK),
                "2026-11");

        RequestDetails seen = runAs.as(MUSTER_ADMIN, () -> service.get(invited.id()));
        assertThat(seen.status()).isEqualTo(RequestStatus.ACTIVATED);
        assertThat(seen.tenantId()).isEqualTo("tenant-" + invited.reference());
        assertThat(seen.responsibleManagerEmail()).isNull();
        assertThat(seen.exportControlConfirmedAt()).isNull();
        assertThat(seen.slaState()).isNull();
        assertThat(seen.slaDueAt()).isNull();
        List<AuditEntryView> timeline = runAs.as(MUSTER_ADMIN, () -> service.timeline(invited.id()));
        assertThat(timeline).extracting(AuditEntryView::action).containsExactly("PROVISION_AND_INVITE", "ACTIVATE");
        assertThat(timeline.getFirst().comment()).isNull();
        assertThat(timeline.getFirst().changes()).isEmpty();
        assertThat(timeline.getFirst().actor().role()).isEqualTo("CLOUD_OPS");
        assertThat(timeline.getFirst().actor().email()).isNull();
        assertThat(timeline.getFirst().actor().userId()).isNull();
        assertThat(timeline.getLast().actor().email()).as("the administrator's own activation")
                .isEqualTo(invited.data().administrator().email());
        assertThat(timeline.getLast().changes()).extracting(change -> change.field()).contains("termsVersion");
    }

    /** Forwarded by the manager with an internal note, then Cloud Ops asks the manager a question. */
    private RequestDetails askedByCloudOps(RequestDetails review, String manager) {
        RequestDetails forwarded = runAs.as(manager, () -> service.forwardToCloudOps(review.id(), review.version(),
                new ForwardChecklist(true, true), CLEARED));
        return runAs.as(OPS1, () -> service.askManager(forwarded.id(), forwarded.version(), QUESTION));
    }
}
