package com.activationdesk.request.ui;

import java.util.List;

import com.activationdesk.UiTest;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.screening.ListFormat;
import com.activationdesk.screening.RequestMatch;
import com.activationdesk.screening.RequestScreening;
import com.activationdesk.screening.SanctionsScreening;
import com.activationdesk.screening.lists.ListImporter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.screening.ScreeningFiles.awaitListUpdate;
import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CAM/DAM's forward dialog warns before the request reaches Cloud Ops: about matches nobody has decided
 * (screening again first if a list changed since the last screening) and about a destination under a REVIEW rule.
 */
@UiTest
class ForwardDialogTest extends RequestUiTestSupport {

    private static final String LISTED = "Vela Turbines Ltd.";

    @Autowired
    SanctionsScreening sanctions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ListImporter importer;
    @Autowired
    RequestScreening screening;

    @BeforeEach
    void listATurbineMaker() {
        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("701", LISTED))));
        awaitListUpdate(jdbc);
    }

    @Test
    void undecidedMatchesAreNamedAndTheForwardIsRefused() {
        RequestDetails submitted = submit(valid().withCustomerName("Vela Turbines GmbH"));
        Dialog dialog = openForwardDialog(submitted);
        assertThat(warnings(dialog)).containsExactly(text("screening.undecided-matches", 1));

        test($(Checkbox.class, dialog).id("check-complete")).click();
        test($(Checkbox.class, dialog).id("check-export")).click();
        test($(Button.class, dialog).id("confirm")).click();
        assertThat(requests.get(submitted.id()).status()).isEqualTo(RequestStatus.IN_REVIEW);
    }

    @Test
    void aReviewCountryIsNamedWithItsLegalReference() {
        RequestDetails submitted = submit(valid().withCustomerName("Orion Optics").withCountry("IR"));
        Dialog dialog = openForwardDialog(submitted);
        assertThat(warnings(dialog)).containsExactly(text("screening.country-review", "IR",
                "Council Regulation (EU) No 267/2012 (Iran)"));
    }

    @Test
    void aListChangedSinceSubmitIsScreenedAgainWhenTheDialogOpens() {
        RequestDetails submitted = submit(valid().withCustomerName("Auriga Robotics"));
        login(CAM1);
        assertThat(screening.results(submitted.id())).isEmpty();
        // imported without the re-screen that follows an import: as if it had not reached this request yet
        importer.importFile(ListFormat.EU_FSF_XML, stream(euFile(euEntity("701", LISTED)
                + euEntity("702", "Auriga Robotic"))), "admin@vendor.example");

        Dialog dialog = openForwardDialog(submitted);
        assertThat(warnings(dialog)).containsExactly(text("screening.undecided-matches", 1));
        assertThat(screening.results(submitted.id())).extracting(RequestMatch::reference).containsExactly("EU.702");
    }

    @Test
    void aCleanRequestToAnOrdinaryCountryGetsNoWarning() {
        RequestDetails submitted = submit(valid().withCustomerName("Orion Optics").withCountry("DE"));
        Dialog dialog = openForwardDialog(submitted);
        assertThat(warnings(dialog)).isEmpty();

        test($(Checkbox.class, dialog).id("check-complete")).click();
        test($(Checkbox.class, dialog).id("check-export")).click();
        test($(Button.class, dialog).id("confirm")).click();
        assertThat($(Span.class).id("status").getText()).isEqualTo(text("request.status.AT_CLOUD_OPS"));
    }

    private RequestDetails submit(com.activationdesk.testdata.TestRequest request) {
        return steps.submit(NORDLICHT_USER1, steps.draft(NORDLICHT_USER1, request.form()));
    }

    private Dialog openForwardDialog(RequestDetails request) {
        login(CAM1);
        open("requests/" + request.id());
        test($(Button.class).id("action-FORWARD_TO_CLOUD_OPS")).click();
        return $(Dialog.class).id("action-dialog");
    }

    private List<String> warnings(Dialog dialog) {
        return $(Paragraph.class, dialog).all().stream()
                .filter(p -> p.getId().filter("dialog-warning"::equals).isPresent()).map(Paragraph::getText).toList();
    }
}
