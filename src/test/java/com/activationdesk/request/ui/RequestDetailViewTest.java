package com.activationdesk.request.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.activationdesk.UiTest;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.NotFoundView;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.testdata.TestOrganizations;
import com.activationdesk.testdata.RequestSteps;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER2;
import static com.activationdesk.testdata.DemoUsers.ALPHA_USER1;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.MUSTER_ADMIN;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detail view through the eyes of each role: which buttons appear in which status (only those the workflow
 * table allows, and only for actions this view performs), the data scope on typed URLs, and how refused or
 * overtaken actions behave.
 */
@UiTest
class RequestDetailViewTest extends RequestUiTestSupport {

    @Test
    void partnerSeesEditSubmitAndWithdrawOnADraftAndOnAReturnedRequest() {
        RequestDetails draft = draft();
        RequestDetails returned = returned();
        login(NORDLICHT_USER2);

        assertThat(open("requests/" + draft.id())).isInstanceOf(RequestDetailView.class);
        assertThat(actionButtons()).containsExactly("action-EDIT", "action-SUBMIT", "action-WITHDRAW");

        open("requests/" + returned.id());
        assertThat(actionButtons()).containsExactly("action-EDIT", "action-SUBMIT", "action-WITHDRAW");
        Div reason = $(Div.class).id("last-comment");
        assertThat(reason.getElement().getTextRecursively())
                .contains("Reason for the return", RequestSteps.RETURN_REASON, CAM1);
    }

    @Test
    void partnerMayOnlyWithdrawWhileTheRequestIsInReviewAndNothingLaterOn() {
        RequestDetails review = inReview();
        RequestDetails atCloudOps = atCloudOps();
        login(NORDLICHT_USER2);

        open("requests/" + review.id());
        assertThat(actionButtons()).containsExactly("action-WITHDRAW");
        assertThat($(Span.class).id("first-contact").getText()).contains("Clara Kanal", CAM1);

        open("requests/" + atCloudOps.id());
        assertThat(actionButtons()).isEmpty();
        assertThat($(Span.class).id("no-actions").getText()).isEqualTo(text("request.detail.no-actions"));
    }

    @Test
    void distributorPassesToTheDamOrReturns() {
        RequestDetails atDistributor = atDistributor();
        login(ALPHA_USER2);

        open("requests/" + atDistributor.id());

        assertThat(actionButtons()).containsExactly("action-PASS_TO_DAM", "action-RETURN");
        assertThat($(Div.class).withId("first-contact").exists()).as("first contact is for the partner only").isFalse();
    }

    @Test
    void camReturnsForwardsOrRejectsARequestInReview() {
        RequestDetails review = inReview();
        login(CAM1);

        open("requests/" + review.id());

        assertThat(actionButtons()).containsExactly("action-RETURN", "action-FORWARD_TO_CLOUD_OPS", "action-REJECT");
    }

    @Test
    void cloudOpsProvisionsOrAsksAndLaterResendsTheInvitation() {
        RequestDetails atCloudOps = atCloudOps();
        RequestDetails resendRequested = resendRequested();
        login(OPS2);

        open("requests/" + atCloudOps.id());
        assertThat(actionButtons()).containsExactly("action-ASK_MANAGER", "action-PROVISION_AND_INVITE");
        // 48 working hours from Monday 09:00 Berlin: Wednesday 09:00 Berlin, shown in the browser's (here the fallback) zone
        assertThat($(Span.class).id("sla-state").getText()).isEqualTo(text("sla.state.ON_TRACK"));
        assertThat($(Span.class).id("sla-due").getText()).isEqualTo(berlinTime(Instant.parse("2026-12-09T08:00:00Z")));
        assertThat($(Span.class).id("sla-left").getText()).isEqualTo(text("request.detail.sla.hours-minutes", 48, 0));

        open("requests/" + resendRequested.id());
        assertThat(actionButtons()).containsExactly("action-ASK_MANAGER", "action-RESEND_INVITATION");
    }

    @Test
    void camMayRequestAResendOnceTheInvitationIsOut() {
        RequestDetails sent = invitationSent();
        login(CAM1);

        open("requests/" + sent.id());

        assertThat(actionButtons()).containsExactly("action-REQUEST_RESEND");
        assertThat($(Paragraph.class).id("spam-advice").getText()).contains("activation-desk@vendor.example");
    }

    @Test
    void customerAdminSeesTheActivatedTenantButNoButtonOfThisView() {
        RequestDetails activated = activated();
        // The workflow allows the customer admin to manage co-administrators; another feature wires those.
        assertThat(activated.allowedActions()).contains(RequestAction.ADD_CO_ADMIN, RequestAction.REMOVE_CO_ADMIN);
        login(MUSTER_ADMIN);

        assertThat(open("requests/" + activated.id())).isInstanceOf(RequestDetailView.class);

        assertThat(actionButtons()).isEmpty();
        assertThat($(Span.class).id("status").getText()).isEqualTo(text("request.status.ACTIVATED"));
        assertThat($(Span.class).id("terms-version").getText()).isEqualTo("2026-11");
        assertThat($(Span.class).id("tenant-id-active").getText()).isEqualTo("tenant-" + activated.reference());
    }

    @Test
    void customerAdminSeesNoInternalCommentStaffEmailOrFieldChange() {
        RequestDetails review = inReview();
        RequestDetails forwarded = runAs.as(CAM1, () -> requests.forwardToCloudOps(review.id(), review.version(),
                new ForwardChecklist(true, true), "Internal: screening cleared by legal"));
        RequestDetails asked = runAs.as(OPS2, () -> requests.askManager(forwarded.id(), forwarded.version(),
                "Internal: which site is the main one?"));
        RequestDetails again = runAs.as(CAM1, () -> requests.forwardToCloudOps(asked.id(), asked.version(),
                new ForwardChecklist(true, true), "Internal: Munich is the main site"));
        RequestDetails sent = steps.invite(OPS2, again);
        steps.activate(sent, organizations.demo(OrganizationType.END_CUSTOMER, TestOrganizations.MUSTER_LOGISTIK),
                "2026-11");
        login(MUSTER_ADMIN);

        open("requests/" + sent.id());

        String page = UI.getCurrent().getElement().getTextRecursively();
        assertThat(page).doesNotContain("Internal:", CAM1, OPS2, NORDLICHT_USER2,
                text("request.form.field.customerName") + ": "); // the partner's field changes
        assertThat(timelineEntries()).as("the tenant's part: invitation and activation").hasSize(2);
        assertThat(String.join("\n", timelineEntries())).contains(text("request.action.PROVISION_AND_INVITE"),
                text("request.action.ACTIVATE"), sent.data().administrator().email());
        assertThat($(Span.class).withId("sla-state").exists()).as("Cloud Ops' clock is internal").isFalse();
    }

    @Test
    void distributorSeesTheTimelineUpToItsHandOverAndNoInternalCommentOrStaffEmail() {
        RequestDetails atDistributor = atDistributor();
        RequestDetails passed = runAs.as(ALPHA_USER2, () -> requests.passToDam(atDistributor.id(),
                atDistributor.version(), "Checked by Alpha"));
        RequestDetails forwarded = runAs.as(DAM1, () -> requests.forwardToCloudOps(passed.id(), passed.version(),
                new ForwardChecklist(true, true), "Internal: screening cleared by legal"));
        runAs.run(OPS2, () -> requests.askManager(forwarded.id(), forwarded.version(), "Internal: which site?"));
        login(ALPHA_USER1);

        open("requests/" + passed.id());

        List<String> entries = timelineEntries();
        assertThat(entries).hasSize(3);
        assertThat(entries.getFirst()).contains(text("request.action.PASS_TO_DAM"), ALPHA_USER2, "Checked by Alpha");
        assertThat(entries.getLast()).contains(text("request.action.CREATE"));
        String page = UI.getCurrent().getElement().getTextRecursively();
        assertThat(page).doesNotContain("Internal:", DAM1, OPS2);
    }

    @Test
    void anotherPartnersRequestLooksExactlyLikeAMissingOne() {
        RequestDetails foreign = draft();
        login(RHEINWERK_USER2);

        assertThat(open("requests/" + foreign.id())).isInstanceOf(NotFoundView.class);
        assertThat(open("requests/" + foreign.id() + "/edit")).isInstanceOf(NotFoundView.class);
        assertThat(open("requests/999999999")).isInstanceOf(NotFoundView.class);
        assertThat(open("requests/not-a-number")).isInstanceOf(NotFoundView.class);
        assertThat(open("requests/99999999999999999999999")).isInstanceOf(NotFoundView.class);
    }

    @Test
    void distributorsAndManagersDoNotSeeDrafts() {
        RequestDetails draft = draft();
        login(CAM1);
        assertThat(open("requests/" + draft.id())).isInstanceOf(NotFoundView.class);
        login(OPS2);
        assertThat(open("requests/" + draft.id())).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aReturnNeedsAReasonAndAnEmptyOneChangesNothing() {
        RequestDetails review = inReview();
        login(CAM1);
        open("requests/" + review.id());

        test($(Button.class).id("action-RETURN")).click();
        Dialog dialog = $(Dialog.class).id("action-dialog");
        TextArea reason = $(TextArea.class, dialog).id("reason");
        assertThat(reason.isRequiredIndicatorVisible()).isTrue();
        test($(Button.class, dialog).id("confirm")).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(text("request.error.comment-required"));
        assertThat(dialog.isOpened()).isTrue();
        RequestDetails unchanged = requests.get(review.id());
        assertThat(unchanged.status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(unchanged.version()).isEqualTo(review.version());

        test(reason).setValue("Please add the industry");
        // Enter in the dialog confirms (the key event reaches the dialog, where the shortcut listens)
        ShortcutsKt._fireShortcut(dialog, Key.ENTER);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(requests.get(review.id()).status()).isEqualTo(RequestStatus.RETURNED);
        assertThat($(Span.class).id("status").getText()).isEqualTo(text("request.status.RETURNED"));
        assertThat(actionButtons()).isEmpty();
        assertThat(notifications()).contains(text("request.detail.done.RETURN", review.reference(),
                text("request.status.RETURNED")));
        assertThat($(Div.class).id("last-comment").getElement().getTextRecursively()).contains("Please add the industry");
    }

    @Test
    void rejectWarnsThatItIsFinalAndCancelLeavesTheRequestAlone() {
        RequestDetails review = inReview();
        login(CAM1);
        open("requests/" + review.id());

        test($(Button.class).id("action-REJECT")).click();
        Dialog dialog = $(Dialog.class).id("action-dialog");
        assertThat($(Paragraph.class, dialog).id("dialog-warning").getText()).isEqualTo(text("request.dialog.final"));
        test($(Button.class, dialog).id("cancel")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(requests.get(review.id()).status()).isEqualTo(RequestStatus.IN_REVIEW);
    }

    @Test
    void anActionOnAStalePageSaysChangedMeanwhileAndShowsTheCurrentState() {
        RequestDetails draft = draft();
        login(NORDLICHT_USER2);
        open("requests/" + draft.id());

        // A colleague edits the draft after the page was loaded.
        RequestDetails changed = runAs.as(NORDLICHT_USER1, () -> requests.saveDraft(draft.id(), draft.version(),
                valid().form()));
        test($(Button.class).id("action-SUBMIT")).click();

        assertThat(notifications()).contains(text("request.detail.changed-meanwhile"));
        assertThat(requests.get(draft.id()).status()).isEqualTo(RequestStatus.DRAFT);
        assertThat($(DescriptionList.Description.class).id("value-customerName").getText()).isEqualTo(changed.data().company().name());
        // The reloaded page acts on the current version: the second try goes through.
        test($(Button.class).id("action-SUBMIT")).click();
        assertThat(requests.get(draft.id()).status()).isEqualTo(RequestStatus.IN_REVIEW);
    }

    @Test
    void theTimelineListsEveryMoveNewestFirstWithWhoAndTheChangedFields() {
        RequestDetails returned = returned();
        login(NORDLICHT_USER2);
        open("requests/" + returned.id());

        List<String> entries = $(ListItem.class).all().stream()
                .filter(item -> item.getClassNames().contains("timeline-entry"))
                .map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0)).contains(text("request.action.RETURN"), CAM1, RequestSteps.RETURN_REASON,
                text("request.status.IN_REVIEW") + " → " + text("request.status.RETURNED"));
        assertThat(entries.get(2)).contains(text("request.action.CREATE"), NORDLICHT_USER2,
                text("request.form.field.customerName") + ": " + text("request.detail.timeline.empty-value") + " → "
                        + returned.data().company().name());
    }

    private List<String> timelineEntries() {
        return $(ListItem.class).all().stream()
                .filter(item -> item.getClassNames().contains("timeline-entry"))
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    private String berlinTime(Instant instant) {
        return new Formats(UI.getCurrent().getLocale(), ZoneId.of("Europe/Berlin")).dateTime(instant);
    }
}
