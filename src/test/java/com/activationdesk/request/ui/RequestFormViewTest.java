package com.activationdesk.request.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.activationdesk.UiTest;
import com.activationdesk.base.ui.NotFoundView;
import com.activationdesk.request.RequestLinks;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.DistributorChoice;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.UnifyVideoRegister;
import com.activationdesk.testdata.RequestSteps;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.DAM2;
import static com.activationdesk.testdata.DemoUsers.ELBE_USER2;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.RHEINWERK_USER2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner's form: findings of the service appear at their fields while typing, drafts are saved with
 * incomplete data, a refused submission marks every field and loses nothing, and routing shows the first contact.
 */
@UiTest
class RequestFormViewTest extends RequestUiTestSupport {

    @Autowired
    UnifyVideoRegister unifyVideoRegister;

    @Test
    void anIncompleteDraftIsSavedAndTheUrlBecomesItsEditLink() {
        login(NORDLICHT_USER2);
        assertThat(open("requests/new")).isInstanceOf(RequestFormView.class);
        assertThat($(TextField.class).id("partner-tier").getValue()).startsWith(text("organization.tier.TIER_1"));
        assertThat($(ComboBox.class).withId("distributorId").exists()).as("tier 1 has no distributor").isFalse();
        assertThat($(Span.class).id("first-contact").getText()).contains("Clara Kanal", CAM1);

        test($(TextField.class).id("customerName")).setValue("Halbfertig GmbH");
        test($(Button.class).id("save-draft")).click();

        String location = currentLocation();
        assertThat(location).matches("requests/\\d+/edit");
        long id = Long.parseLong(location.split("/")[1]);
        RequestDetails saved = requests.get(id);
        assertThat(saved.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(saved.data().company().name()).isEqualTo("Halbfertig GmbH");
        assertThat(saved.data().administrator().language()).isEqualTo("en"); // defaulted from the partner's language
        assertThat(notifications()).contains(text("request.form.saved", saved.reference()));
    }

    @Test
    void aRefusedSubmissionMarksEveryMissingFieldKeepsTheInputAndHasSavedTheDraft() {
        login(NORDLICHT_USER2);
        open("requests/new");
        test($(TextField.class).id("customerName")).setValue("Eilig AG");
        test($(TextField.class).id("city")).setValue("Bremen");

        test($(Button.class).id("submit")).click();

        assertThat($(TextField.class).id("street").isInvalid()).isTrue();
        assertThat($(TextField.class).id("street").getErrorMessage()).isEqualTo(text("validation.required"));
        assertThat($(EmailField.class).id("adminEmail").isInvalid()).isTrue();
        assertThat($(Checkbox.class).id("declarationDataCorrect").isInvalid()).isTrue();
        assertThat($(TextField.class).id("city").isInvalid()).isFalse();
        assertThat($(TextField.class).id("customerName").getValue()).isEqualTo("Eilig AG");
        assertThat($(TextField.class).id("city").getValue()).isEqualTo("Bremen");
        assertThat(currentLocation()).matches("requests/\\d+/edit");
        RequestDetails stored = requests.get(Long.parseLong(currentLocation().split("/")[1]));
        assertThat(stored.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(stored.data().company().city()).isEqualTo("Bremen");

        // The marks stay until each field is fixed: filling the street clears only the street.
        test($(TextField.class).id("street")).setValue("Am Deich 3");
        assertThat($(TextField.class).id("street").isInvalid()).isFalse();
        assertThat($(EmailField.class).id("adminEmail").isInvalid()).isTrue();
    }

    @Test
    void aUnifyVideoAddressIsRefusedAtTheEmailFieldWhileTyping() {
        runAs.run(OPS1, () -> unifyVideoRegister.importCsv("unify-video.csv", new ByteArrayInputStream(
                "email\nformer-video-admin@kunde.example\n".getBytes(StandardCharsets.UTF_8))));
        login(NORDLICHT_USER2);
        open("requests/new");

        EmailField email = $(EmailField.class).id("adminEmail");
        test(email).setValue("Former-Video-Admin@kunde.example");

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(text("request.validation.email-unify-video"));
        test(email).setValue("fresh-admin@kunde.example");
        assertThat(email.isInvalid()).isFalse();
    }

    @Test
    void anAddressOfAnotherRequestOrOfAnAccountIsRefusedAtTheEmailField() {
        RequestDetails other = runAs.as(RHEINWERK_USER2, () -> requests.createDraft(valid().form()));
        login(NORDLICHT_USER2);
        open("requests/new");
        EmailField email = $(EmailField.class).id("adminEmail");

        test(email).setValue(other.data().administrator().email());
        assertThat(email.getErrorMessage()).isEqualTo(text("request.validation.email-in-use"));

        test(email).setValue(CAM1);
        assertThat(email.getErrorMessage()).isEqualTo(text("request.validation.email-is-account"));

        test(email).setValue("not-an-address");
        assertThat(email.getErrorMessage()).isEqualTo(text("validation.email"));
        assertThat(email.isInvalid()).isTrue();
    }

    @Test
    void aPossibleDuplicateCustomerIsAWarningThatDoesNotBlock() {
        RequestDetails existing = inReview();
        login(NORDLICHT_USER2);
        open("requests/new");
        assertThat($(Span.class).withId("customer-warning").exists()).isFalse();

        test($(TextField.class).id("vatOrRegistrationNumber")).setValue(existing.data().company().vatOrRegistrationNumber());

        assertThat($(Span.class).id("customer-warning").getText()).isEqualTo(text("request.validation.duplicate-customer"));
        assertThat($(TextField.class).id("customerName").isInvalid()).isFalse();
        test($(Button.class).id("save-draft")).click();
        assertThat(currentLocation()).matches("requests/\\d+/edit");
    }

    @Test
    void badInputIsMarkedAtItsFieldWhileTyping() {
        login(NORDLICHT_USER2);
        open("requests/new");

        test($(TextField.class).id("adminPhone")).setValue("089 123456");
        test($(TextField.class).id("plannedUsers")).setValue("0");
        LocalDate today = LocalDate.now(clock); // Monday 7 December, in Berlin too at 09:00
        test($(DatePicker.class).id("plannedRolloutDate")).setValue(today);

        assertThat($(TextField.class).id("adminPhone").getErrorMessage()).isEqualTo(text("validation.phone"));
        assertThat($(TextField.class).id("plannedUsers").getErrorMessage())
                .isEqualTo(text("validation.planned-users", 100_000));
        // Today is allowed (Monday 7 December in Berlin); the picker starts there.
        assertThat($(DatePicker.class).id("plannedRolloutDate").isInvalid()).isFalse();
        assertThat($(DatePicker.class).id("plannedRolloutDate").getMin()).isEqualTo(today);
    }

    @Test
    void plannedUsersThatAreNotAWholeNumberAreRefusedAtTheFieldAndNotSaved() {
        RequestDetails draft = draft();
        Integer stored = draft.data().plan().plannedUsers();
        login(NORDLICHT_USER2);
        open(RequestLinks.edit(draft.id()));
        TextField users = $(TextField.class).id("plannedUsers");

        for (String typed : new String[] {"1e9", "12.5", "zwölf"}) {
            test(users).setValue(typed);
            assertThat(users.getValue()).as("what was typed stays visible").isEqualTo(typed);
            assertThat(users.isInvalid()).as(typed).isTrue();
            assertThat(users.getErrorMessage()).isEqualTo(text("validation.whole-number"));
            test($(Button.class).id("save-draft")).click();
            test($(Button.class).id("submit")).click();
            assertThat(requests.get(draft.id()).data().plan().plannedUsers()).as(typed).isEqualTo(stored);
            assertThat(requests.get(draft.id()).status()).isEqualTo(RequestStatus.DRAFT);
        }

        test(users).setValue(" 125 ");
        assertThat(users.isInvalid()).isFalse();
        test($(Button.class).id("save-draft")).click();
        assertThat(requests.get(draft.id()).data().plan().plannedUsers()).isEqualTo(125);
    }

    @Test
    void ctrlSSavesTheDraft() {
        RequestDetails draft = draft();
        login(NORDLICHT_USER2);
        open(RequestLinks.edit(draft.id()));

        test($(TextField.class).id("industry")).setValue("Shipping");
        fireShortcut(Key.KEY_S, KeyModifier.CONTROL);

        assertThat(requests.get(draft.id()).data().company().industry()).isEqualTo("Shipping");
    }

    @Test
    void aTier2PartnerChoosesADistributorAndSeesItsDamAsFirstContact() {
        login(ELBE_USER2);
        open("requests/new");
        @SuppressWarnings("unchecked")
        ComboBox<DistributorChoice> distributor = $(ComboBox.class).id("distributorId");
        assertThat(distributor.isVisible()).isTrue();
        assertThat($(Span.class).id("first-contact").getText())
                .isEqualTo(text("request.form.first-contact.choose-distributor"));

        test(distributor).selectItem("Beta Distribution AG");
        assertThat($(Span.class).id("first-contact").getText()).contains("Dan Wholesale", DAM2);
        test(distributor).selectItem("Alpha Distribution GmbH");
        assertThat($(Span.class).id("first-contact").getText()).contains("Dora Distri", DAM1);
    }

    @Test
    void aReturnedRequestShowsTheReasonOnTopAndIsResubmittedAfterCorrection() {
        RequestDetails returned = returned();
        login(NORDLICHT_USER2);
        open("requests/" + returned.id());

        test($(Button.class).id("action-EDIT")).click();

        assertThat(getCurrentView()).isInstanceOf(RequestFormView.class);
        assertThat($(Div.class).id("return-reason").getElement().getTextRecursively())
                .contains(RequestSteps.RETURN_REASON);
        test($(TextField.class).id("vatOrRegistrationNumber")).setValue("DE123456789");
        test($(Button.class).id("submit")).click();

        assertThat(getCurrentView()).isInstanceOf(RequestDetailView.class);
        RequestDetails resubmitted = requests.get(returned.id());
        assertThat(resubmitted.status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(resubmitted.data().company().vatOrRegistrationNumber()).isEqualTo("DE123456789");
    }

    @Test
    void aConcurrentChangeWhileEditingSaysSoAndShowsTheStoredData() {
        RequestDetails draft = draft();
        login(NORDLICHT_USER2);
        open(RequestLinks.edit(draft.id()));
        RequestDetails changed = runAs.as(NORDLICHT_USER1, () -> requests.saveDraft(draft.id(), draft.version(),
                valid().form()));

        test($(TextField.class).id("city")).setValue("Kiel");
        test($(Button.class).id("save-draft")).click();

        assertThat(notifications()).contains(text("request.form.changed-meanwhile"));
        assertThat($(TextField.class).id("customerName").getValue()).isEqualTo(changed.data().company().name());
        assertThat(requests.get(draft.id()).data().company().city()).isEqualTo("München");
    }

    @Test
    void anOldEditLinkOfASubmittedRequestShowsTheRequest() {
        RequestDetails review = inReview();
        login(NORDLICHT_USER2);

        assertThat(open(RequestLinks.edit(review.id()))).isInstanceOf(RequestDetailView.class);
    }

    @Test
    void onlyPartnersOpenTheForm() {
        login(CAM1);

        assertThat(open("requests/new")).isInstanceOf(NotFoundView.class);
    }

    @Test
    void leavingWithUnsavedInputAsksFirst() {
        RequestDetails draft = draft();
        login(NORDLICHT_USER2);
        open(RequestLinks.edit(draft.id()));
        test($(TextField.class).id("city")).setValue("Lübeck");

        test($(Button.class).id("cancel")).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).id("unsaved-changes");
        assertThat(confirm.isOpened()).isTrue();
        assertThat(getCurrentView()).isInstanceOf(RequestFormView.class);
        test(confirm).confirm();
        assertThat(getCurrentView()).isInstanceOf(RequestDetailView.class);
        assertThat(requests.get(draft.id()).data().company().city()).isEqualTo("München");
    }
}
