package com.activationdesk.request.ui;

import com.activationdesk.UiTest;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.screening.MatchDecision;
import com.activationdesk.screening.RequestMatch;
import com.activationdesk.screening.RequestScreening;
import com.activationdesk.screening.SanctionsScreening;
import com.activationdesk.screening.ui.ScreeningEvidenceView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.activationdesk.screening.ScreeningFiles.awaitListUpdate;
import static com.activationdesk.screening.ScreeningFiles.euEntity;
import static com.activationdesk.screening.ScreeningFiles.euFile;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static org.assertj.core.api.Assertions.assertThat;

/** The screening section of the detail view: reviewers see and decide matches, partners never see any of it. */
@UiTest
class ScreeningSectionTest extends RequestUiTestSupport {

    private static final String LISTED = "Lyra Photonics Ltd.";

    @Autowired
    SanctionsScreening sanctions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestScreening screening;

    private RequestDetails submitted;

    @BeforeEach
    void submitARequestForAListedCompany() {
        sanctions.importList("EU_FSF_XML", stream(euFile(euEntity("601", LISTED))));
        awaitListUpdate(jdbc);
        submitted = steps.submit(NORDLICHT_USER1,
                steps.draft(NORDLICHT_USER1, valid().withCustomerName("Lyra Photonics GmbH").form()));
    }

    @Test
    void thePartnerSeesNoScreeningAtAll() {
        login(NORDLICHT_USER1);
        open("requests/" + submitted.id());
        assertThat($(Section.class).all()).extracting(section -> section.getId().orElse(""))
                .isNotEmpty().doesNotContain("screening");
        assertThat($(Section.class).all()).noneSatisfy(section ->
                assertThat(section.getElement().getTextRecursively()).contains(LISTED));
    }

    @Test
    void cloudOpsSeesTheDecidedMatchOnceForwarded() {
        login(CAM1);
        screening.decide(submitted.id(), screening.results(submitted.id()).getFirst().id(), MatchDecision.NO_MATCH,
                "Other company");
        steps.forward(CAM1, requests.get(submitted.id()));
        login(OPS1);
        open("requests/" + submitted.id());
        assertThat($(Section.class).id("screening").getElement().getTextRecursively()).contains(LISTED, "EU.601");
        assertThat($(Button.class).all()).noneSatisfy(button ->
                assertThat(button.getId().orElse("")).startsWith("screening-"));
    }

    @Test
    void theCamDecidesAMatchWithAReason() {
        login(CAM1);
        open("requests/" + submitted.id());
        RequestMatch match = screening.results(submitted.id()).getFirst();
        test($(TextField.class).id("screening-reason-" + match.id())).setValue("Other company, VAT number differs");
        test($(Button.class).id("screening-no-match-" + match.id())).click();
        assertThat(screening.results(submitted.id()).getFirst().decision()).isEqualTo(MatchDecision.NO_MATCH);
        assertThat($(Section.class).id("screening").getElement().getTextRecursively())
                .contains("Other company, VAT number differs");
    }

    @Test
    void theCamOpensThePrintableEvidenceWithEveryScreeningAndDecision() {
        login(CAM1);
        RequestMatch match = screening.results(submitted.id()).getFirst();
        screening.decide(submitted.id(), match.id(), MatchDecision.NO_MATCH, "Other company, VAT number differs");
        open("requests/" + submitted.id());
        assertThat($(Anchor.class).id("screening-evidence-link").getHref())
                .isEqualTo("screening/evidence/" + submitted.id());

        assertThat(open("screening/evidence/" + submitted.id())).isInstanceOf(ScreeningEvidenceView.class);
        assertThat($(Div.class).id("evidence-match-" + match.id()).getText())
                .contains("Lyra Photonics GmbH", LISTED, "EU.601", "Other company, VAT number differs", CAM1);
        assertThat($(UnorderedList.class).id("evidence-list-versions").getElement().getTextRecursively())
                .contains("EU_FSF_XML:", "SHA-256");
    }

    @Test
    void partnersAndDistributorsCannotOpenTheEvidence() {
        login(NORDLICHT_USER1);
        assertThat(open("screening/evidence/" + submitted.id())).isNotInstanceOf(ScreeningEvidenceView.class);
        login(ALPHA_USER1);
        assertThat(open("screening/evidence/" + submitted.id())).isNotInstanceOf(ScreeningEvidenceView.class);
    }

    @Test
    void aDistributorSeesNoScreeningEither() {
        login(ALPHA_USER1);
        assertThat(screening.visibleResults(submitted.id())).isEmpty();
    }
}
