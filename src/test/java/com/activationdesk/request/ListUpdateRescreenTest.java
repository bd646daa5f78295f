package com.activationdesk.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.screening.ListFormat;
import com.activationdesk.screening.ListUpdateStatus;
import com.activationdesk.screening.ListUpdates;
import com.activationdesk.screening.RequestMatch;
import com.activationdesk.screening.RequestScreening;
import com.activationdesk.screening.SanctionsScreening;
import com.activationdesk.testdata.RequestSteps;
import com.activationdesk.testdata.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.screening.ScreeningFiles.awaitListUpdate;
import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13, item 4: an admin's list update re-screens open requests and activated tenants in the background; a new
 * match on an activated tenant is recorded undecided and alerts Cloud Ops and the CAM/DAM by mail. An import through
 * the contract ({@code SanctionsScreening.importList}) does the same.
 */
@IntegrationTest
class ListUpdateRescreenTest {

    @Autowired
    RequestService service;
    @Autowired
    RequestScreening screening;
    @Autowired
    SanctionsScreening sanctions;
    @Autowired
    ListUpdates updates;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationRepository organizationRepository;
    @Autowired
    AppUserRepository users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReScreenAfterAnUploadFindsANewMatchOnAnActivatedTenant() throws IOException {
        RequestDetails activated = activated("Altair Cryogenics GmbH");

        Path file = Files.createTempFile("eu", ".xml");
        Files.writeString(file, euFile(euEntity("901", "Kestrel Avionics Ltd.") + euEntity("902", "Altair Cryogenics")),
                StandardCharsets.UTF_8);
        runAs.run(VENDOR_ADMIN, () -> updates.startUpload(ListFormat.EU_FSF_XML, "eu.xml", file));
        await().atMost(Duration.ofMinutes(3)).until(() -> !status().running());

        assertDoneWithAnAlert(activated, "EU.902");
        assertThat(file).doesNotExist();
    }

    /** The contract's import, as acceptance tests call it: no user, the re-screen follows in the background. */
    @Test
    void anImportThroughTheContractReScreensToo() {
        RequestDetails activated = activated("Mizar Hydraulics GmbH");

        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("901", "Kestrel Avionics Ltd.")
                + euEntity("903", "Mizar Hydraulics"))));
        assertThat(status().origin()).isEqualTo("SanctionsScreening.importList");
        awaitListUpdate(jdbc);
        assertDoneWithAnAlert(activated, "EU.903");

        // the same file again: no entry added, changed or removed, so nothing can match differently
        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("901", "Kestrel Avionics Ltd.")
                + euEntity("903", "Mizar Hydraulics"))));
        awaitListUpdate(jdbc);
        assertThat(status().phase()).isEqualTo(ListUpdateStatus.Phase.DONE);
        assertThat(status().toRescreen()).isZero();
    }

    private RequestDetails activated(String customerName) {
        clock.set(MONDAY_0900);
        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("901", "Kestrel Avionics Ltd."))));
        awaitListUpdate(jdbc);
        RequestSteps steps = new RequestSteps(service, runAs, clock);
        RequestDetails submitted = steps.submit(NORDLICHT_USER1, steps.draft(NORDLICHT_USER1,
                steps.valid().withCustomerName(customerName).form()));
        RequestDetails activated = steps.activate(steps.invite(OPS1, steps.forward(CAM1, submitted)),
                new TestOrganizations(organizationRepository, users)
                        .demo(OrganizationType.END_CUSTOMER, TestOrganizations.MUSTER_LOGISTIK), "2026-11");
        assertThat(runAs.as(CAM1, () -> service.get(activated.id())).status()).isEqualTo(RequestStatus.ACTIVATED);
        assertThat(matches(activated)).isEmpty();
        return activated;
    }

    private void assertDoneWithAnAlert(RequestDetails activated, String listedReference) {
        ListUpdateStatus done = status();
        assertThat(done.phase()).isEqualTo(ListUpdateStatus.Phase.DONE);
        assertThat(done.rescreened()).isEqualTo(done.toRescreen()).isPositive();
        assertThat(done.newTenantAlerts()).isPositive();
        assertThat(matches(activated)).singleElement().satisfies(match -> {
            assertThat(match.reference()).isEqualTo(listedReference);
            assertThat(match.decided()).isFalse();
        });
        List<String> alerted = jdbc.sql("SELECT recipient FROM mail_outbox WHERE request_id = ?"
                        + " AND idempotency_key LIKE 'screening-%'").param(activated.id()).query(String.class).list();
        assertThat(alerted).contains(CAM1, OPS1, OPS2).doesNotContain(NORDLICHT_USER1);
    }

    private ListUpdateStatus status() {
        return runAs.as(VENDOR_ADMIN, () -> updates.status());
    }

    private List<RequestMatch> matches(RequestDetails request) {
        return runAs.as(CAM1, () -> screening.results(request.id()));
    }
}
