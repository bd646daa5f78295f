package com.activationdesk.mail;

import java.time.Duration;
import java.util.List;

import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.Tenants;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.TestTerms;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.ALPHA_USER2;
import static com.activationdesk.testdata.DemoUsers.BAVARIA_USER1;
import static com.activationdesk.testdata.DemoUsers.BAVARIA_USER2;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who hears of which move, in which language, with what: driven through RequestService as the real users, read
 * back from the SMTP server. Demo data: users "user1@..." prefer German, "user2@..." English.
 */
class RequestNotificationMailTest extends MailIntegrationTest {

    @Autowired
    RequestService requests;
    @Autowired
    Tenants tenants;
    @Autowired
    OrganizationRepository organizations;

    @Test
    void tier2RequestNotifiesDistributorThenDamThenPartnerAndCloudOpsThenDamWithTheQuestion() {
        long alpha = organizations.findByTypeOrderByName(OrganizationType.DISTRIBUTOR).stream()
                .filter(o -> o.getName().startsWith("Alpha")).findFirst().orElseThrow().getId();
        RequestDetails draft = runAs.as(BAVARIA_USER1, () -> requests.createDraft(TestRequest.valid(clock).viaDistributor(alpha).withAdminLanguage("de").form()));
        String ref = draft.reference();
        String customer = draft.data().company().name();

        RequestDetails submitted = runAs.as(BAVARIA_USER1, () -> requests.submit(draft.id(), draft.version()));
        List<MimeMessage> mails = deliverAndReceive();
        assertThat(subjectsTo(mails, ALPHA_USER1, ref))
                .containsExactly(ref + ": neuer Antrag von Bavaria Voice GmbH für " + customer);
        assertThat(subjectsTo(mails, ALPHA_USER2, ref))
                .containsExactly(ref + ": new request from Bavaria Voice GmbH for " + customer);
        assertThat(to(mails, DAM1, ref)).as("the DAM hears of it only once the distributor passed it on").isEmpty();
        assertThat(to(mails, BAVARIA_USER1, ref)).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        RequestDetails inReview = runAs.as(ALPHA_USER2,
                () -> requests.passToDam(draft.id(), submitted.version(), "Customer known to us"));
        mails = deliverAndReceive();
        assertThat(to(mails, DAM1, ref)).singleElement().satisfies(m -> {
            ReceivedMail mail = ReceivedMail.of(m);
            assertThat(mail.subject()).isEqualTo(ref + ": Antrag für " + customer + " von Alpha Distribution GmbH weitergegeben");
            assertThat(mail.text()).contains("Guten Tag Dora Distri,", "Kommentar:", "Customer known to us");
        });

        clock.advance(Duration.ofMinutes(5));
        RequestDetails atCloudOps = runAs.as(DAM1, () -> requests.forwardToCloudOps(draft.id(), inReview.version(),
                new ForwardChecklist(true, true), null));
        mails = deliverAndReceive();
        assertThat(subjectsTo(mails, BAVARIA_USER1, ref))
                .containsExactly(ref + ": Antrag für " + customer + " an Cloud Operations weitergeleitet");
        assertThat(subjectsTo(mails, BAVARIA_USER2, ref))
                .containsExactly(ref + ": request for " + customer + " forwarded to Cloud Operations");
        assertThat(subjectsTo(mails, OPS1, ref)).containsExactly(ref + ": neuer Antrag für " + customer + " bei Cloud Operations");
        assertThat(subjectsTo(mails, OPS2, ref)).containsExactly(ref + ": new request for " + customer + " at Cloud Operations");
        assertThat(to(mails, ALPHA_USER1, ref)).isEmpty();

        clock.advance(Duration.ofHours(1));
        runAs.as(OPS2, () -> requests.askManager(draft.id(), atCloudOps.version(), "Which site is <the> main one?"));
        mails = deliverAndReceive();
        assertThat(to(mails, DAM1, ref)).singleElement().satisfies(m -> {
            ReceivedMail mail = ReceivedMail.of(m);
            assertThat(mail.subject()).isEqualTo(ref + ": Rückfrage von Cloud Operations zu " + customer);
            assertThat(mail.text()).contains("Die SLA-Uhr ruht", "Frage:", "Which site is <the> main one?");
            assertThat(mail.html()).contains("Which site is &lt;the&gt; main one?");
        });
        assertThat(to(mails, OPS1, ref)).isEmpty();
    }

    @Test
    void tier1RequestNotifiesCamAndTellsPartnerUsersOfReturnAndRejectionWithTheReason() {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> requests.createDraft(TestRequest.valid(clock).withAdminLanguage("de").form()));
        String ref = draft.reference();
        String customer = draft.data().company().name();
        RequestDetails submitted = runAs.as(NORDLICHT_USER1, () -> requests.submit(draft.id(), draft.version()));
        List<MimeMessage> mails = deliverAndReceive();
        assertThat(to(mails, CAM1, ref)).singleElement().satisfies(m -> {
            ReceivedMail mail = ReceivedMail.of(m);
            assertThat(mail.subject()).isEqualTo(ref + ": neuer Antrag von Nordlicht Systemhaus GmbH für " + customer);
            assertThat(mail.text()).contains("Guten Tag Clara Kanal,", "Ausfuhrkontrolle", "Endkunde: " + customer);
        });
        assertThat(to(mails, NORDLICHT_USER1, ref)).isEmpty();

        clock.advance(Duration.ofMinutes(10));
        RequestDetails returned = runAs.as(CAM1, () -> requests.returnToPartner(draft.id(), submitted.version(),
                "VAT number is missing a digit"));
        mails = deliverAndReceive();
        assertThat(to(mails, NORDLICHT_USER1, ref)).singleElement().satisfies(m -> {
            ReceivedMail mail = ReceivedMail.of(m);
            assertThat(mail.subject()).isEqualTo(ref + ": Antrag für " + customer + " zur Korrektur zurückgegeben");
            assertThat(mail.text()).contains("Guten Tag Nordlicht One,", "Begründung:", "VAT number is missing a digit");
        });
        assertThat(to(mails, NORDLICHT_USER2, ref)).singleElement().satisfies(m -> {
            ReceivedMail mail = ReceivedMail.of(m);
            assertThat(mail.subject()).isEqualTo(ref + ": request for " + customer + " returned for correction");
            assertThat(mail.text()).contains("Hello Nordlicht Two,", "Reason:", "VAT number is missing a digit");
            assertThat(mail.html()).contains("<strong>Reason:</strong>", "VAT number is missing a digit");
        });

        clock.advance(Duration.ofMinutes(10));
        RequestDetails resubmitted = runAs.as(NORDLICHT_USER2, () -> requests.submit(draft.id(), returned.version()));
        assertThat(to(deliverAndReceive(), CAM1, ref)).as("the CAM hears of the resubmission too").hasSize(1);

        clock.advance(Duration.ofMinutes(10));
        runAs.as(CAM1, () -> requests.reject(draft.id(), resubmitted.version(), "End customer is on a sanctions list"));
        mails = deliverAndReceive();
        assertThat(to(mails, NORDLICHT_USER2, ref)).filteredOn(m -> subject(m).contains("rejected"))
                .singleElement().satisfies(m -> assertThat(ReceivedMail.of(m).text())
                        .contains("was rejected. This decision is final.", "End customer is on a sanctions list"));
        assertThat(to(mails, NORDLICHT_USER1, ref)).filteredOn(m -> subject(m).contains("abgelehnt")).hasSize(1);
    }

    @Test
    void invitationSentExpiredResendAndActivationReachPartnerCamAndCloudOps() {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> requests.createDraft(TestRequest.valid(clock).withAdminLanguage("en").form()));
        String ref = draft.reference();
        String customer = draft.data().company().name();
        String admin = draft.data().administrator().email();
        RequestDetails submitted = runAs.as(NORDLICHT_USER1, () -> requests.submit(draft.id(), draft.version()));
        RequestDetails forwarded = runAs.as(CAM1, () -> requests.forwardToCloudOps(draft.id(), submitted.version(),
                new ForwardChecklist(true, true), null));
        deliverAndReceive();

        clock.advance(Duration.ofHours(2)); // Monday 11:00 Berlin; the link expires Thursday 11:00 Berlin
        RequestDetails invited = runAs.as(OPS1, () -> requests.provisionAndInvite(draft.id(), forwarded.version(), "tenant-1"));
        List<MimeMessage> mails = deliverAndReceive();
        assertThat(to(mails, NORDLICHT_USER2, ref)).singleElement().satisfies(m -> {
            ReceivedMail mail = ReceivedMail.of(m);
            assertThat(mail.subject()).isEqualTo(ref + ": invitation for " + customer + " sent to " + admin);
            assertThat(mail.text()).contains("The invitation was sent to " + admin + " from activation-desk@vendor.example",
                    "valid until Thursday, 10 December 2026, 11:00 CET (Europe/Berlin)",
                    "spam folder", "add the sender activation-desk@vendor.example to the allowed senders");
            assertThat(mail.html()).contains("spam folder");
        });
        assertThat(to(mails, NORDLICHT_USER1, ref)).singleElement().satisfies(m -> assertThat(ReceivedMail.of(m).text())
                .contains("gültig bis Donnerstag, 10. Dezember 2026, 11:00 Uhr MEZ (Europe/Berlin)", "Spam-Ordner"));
        assertThat(to(mails, CAM1, ref)).isEmpty();

        clock.set(invited.invitationExpiresAt());
        tenants.expireDueInvitations();
        mails = deliverAndReceive();
        assertThat(to(mails, CAM1, ref)).singleElement().satisfies(m -> {
            ReceivedMail mail = ReceivedMail.of(m);
            assertThat(mail.subject()).isEqualTo(ref + ": Einladung für " + customer + " abgelaufen – erneuter Versand fällig");
            assertThat(mail.text()).contains("am Donnerstag, 10. Dezember 2026, 11:00 Uhr MEZ (Europe/Berlin) abgelaufen",
                    "fordern Sie eine neue Einladung an");
        });
        assertThat(subjectsTo(mails, NORDLICHT_USER2, ref)).containsExactly(ref + ": invitation for " + customer + " expired");

        clock.advance(Duration.ofMinutes(30));
        RequestDetails expired = runAs.as(CAM1, () -> requests.get(draft.id()));
        RequestDetails resendRequested = runAs.as(CAM1, () -> requests.requestResend(draft.id(), expired.version(),
                "Customer lost the mail"));
        mails = deliverAndReceive();
        assertThat(to(mails, OPS2, ref)).singleElement().satisfies(m -> {
            ReceivedMail mail = ReceivedMail.of(m);
            assertThat(mail.subject()).isEqualTo(ref + ": new invitation requested for " + customer);
            assertThat(mail.text()).contains("administrator " + admin, "Comment:", "Customer lost the mail");
        });
        assertThat(subjectsTo(mails, OPS1, ref)).containsExactly(ref + ": neue Einladung für " + customer + " angefordert");

        clock.advance(Duration.ofMinutes(30));
        runAs.as(OPS2, () -> requests.resendInvitation(draft.id(), resendRequested.version()));
        assertThat(to(deliverAndReceive(), NORDLICHT_USER2, ref)).filteredOn(m -> subject(m).contains("sent to"))
                .as("the resend is a second invitation notice").hasSize(1);

        long customerOrganization = organizations.findByTypeOrderByName(OrganizationType.END_CUSTOMER).getFirst().getId();
        transaction.executeWithoutResult(status -> requests.activate(draft.id(), admin, customerOrganization,
                TestTerms.accepted("2026-11")));
        mails = deliverAndReceive();
        assertThat(subjectsTo(mails, NORDLICHT_USER2, ref)).containsExactly(ref + ": tenant for " + customer + " activated");
        assertThat(subjectsTo(mails, NORDLICHT_USER1, ref)).containsExactly(ref + ": Mandant für " + customer + " aktiviert");
        assertThat(to(mails, CAM1, ref)).singleElement().satisfies(m -> assertThat(ReceivedMail.of(m).text())
                .contains("Guten Tag Clara Kanal,", "hat den Mandanten aktiviert"));
        assertThat(to(mails, OPS1, ref)).isEmpty();
    }

    @Test
    void withdrawalAndDraftEditsNotifyNobody() {
        RequestDetails draft = runAs.as(NORDLICHT_USER1, () -> requests.createDraft(TestRequest.valid(clock).withAdminLanguage("de").form()));
        RequestDetails saved = runAs.as(NORDLICHT_USER1, () -> requests.saveDraft(draft.id(), draft.version(),
                TestRequest.valid(clock).withAdminLanguage("de").form()));
        runAs.as(NORDLICHT_USER1, () -> requests.withdraw(draft.id(), saved.version(), null));
        assertThat(outboxRows("request_id = ?", draft.id())).isZero();
    }

    private static List<String> subjectsTo(List<MimeMessage> messages, String recipient, String reference) {
        return to(messages, recipient, reference).stream().map(MailIntegrationTest::subject).toList();
    }
}
