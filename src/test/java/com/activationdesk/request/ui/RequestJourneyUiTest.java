package com.activationdesk.request.ui;

import java.util.Locale;

import com.activationdesk.UiTest;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.activationdesk.testdata.DemoUsers.ALPHA_USER2;
import static com.activationdesk.testdata.DemoUsers.BAVARIA_USER2;
import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER2;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole requests through the UI only, each step by the user whose turn it is: the partner fills in the form and
 * submits, the distributor (tier 2) passes it on, the CAM/DAM forwards with the checklist, Cloud Ops provisions,
 * and the partner finally sees the invitation with the spam advice.
 */
@UiTest
class RequestJourneyUiTest extends RequestUiTestSupport {

    @Test
    void tier1RequestFromTheFormToTheInvitation() {
        login(NORDLICHT_USER2);
        open("requests/new");
        CustomerData data = valid().data();
        fillForm(data);
        test($(Button.class).id("submit")).click();

        assertThat(getCurrentView()).isInstanceOf(RequestDetailView.class);
        long id = idFromLocation();
        assertThat($(Span.class).id("status").getText()).isEqualTo(text("request.status.IN_REVIEW"));
        assertThat($(DescriptionList.Description.class).id("value-adminEmail").getText()).isEqualTo(data.administrator().email());

        login(CAM1);
        open("requests/" + id);
        forwardWithChecklist();
        assertThat($(Span.class).id("status").getText()).isEqualTo(text("request.status.AT_CLOUD_OPS"));
        assertThat($(Span.class).id("sla-state").getText()).isEqualTo(text("sla.state.ON_TRACK"));

        login(OPS2);
        open("requests/" + id);
        provision("tenant-t1-" + id);

        login(NORDLICHT_USER1);
        open("requests/" + id);
        assertInvitationVisible(id, data, "tenant-t1-" + id);
        assertThat($(Span.class).id("first-contact").getText()).contains("Clara Kanal", CAM1);
    }

    @Test
    void tier2RequestThroughDistributorAndDam() {
        login(BAVARIA_USER2);
        open("requests/new");
        // Bavaria Voice works only with Alpha: the distributor is preselected, its DAM named.
        assertThat($(ComboBox.class).id("distributorId").getValue()).isNotNull();
        assertThat($(Span.class).id("first-contact").getText()).contains("Dora Distri", DAM1);
        CustomerData data = valid().data();
        fillForm(data);
        test($(Button.class).id("submit")).click();
        long id = idFromLocation();
        assertThat($(Span.class).id("status").getText()).isEqualTo(text("request.status.AT_DISTRIBUTOR"));

        login(ALPHA_USER2);
        open("requests/" + id);
        test($(Button.class).id("action-PASS_TO_DAM")).click();
        Dialog dialog = $(Dialog.class).id("action-dialog");
        test($(TextArea.class, dialog).id("reason")).setValue("Checked, customer known to us");
        test($(Button.class, dialog).id("confirm")).click();
        assertThat($(Span.class).id("status").getText()).isEqualTo(text("request.status.IN_REVIEW"));
        assertThat(actionButtons()).isEmpty();

        login(DAM1);
        open("requests/" + id);
        forwardWithChecklist();

        login(OPS2);
        open("requests/" + id);
        provision("tenant-t2-" + id);

        login(BAVARIA_USER2);
        open("requests/" + id);
        assertInvitationVisible(id, data, "tenant-t2-" + id);
        assertThat($(Span.class).id("first-contact").getText()).contains("Dora Distri", DAM1);
        assertThat($(DescriptionList.Description.class).id("value-distributorId").getText()).isEqualTo("Alpha Distribution GmbH");
    }

    /** Types every field as the partner would; the country and platform by their visible labels. */
    private void fillForm(CustomerData d) {
        test($(TextField.class).id("customerName")).setValue(d.company().name());
        test($(TextField.class).id("street")).setValue(d.company().street());
        test($(TextField.class).id("postalCode")).setValue(d.company().postalCode());
        test($(TextField.class).id("city")).setValue(d.company().city());
        Locale locale = UI.getCurrent().getLocale();
        test($(ComboBox.class).id("country")).selectItem(Locale.of("", "DE").getDisplayCountry(locale) + " (DE)");
        test($(TextField.class).id("vatOrRegistrationNumber")).setValue(d.company().vatOrRegistrationNumber());
        test($(TextField.class).id("industry")).setValue(d.company().industry());
        test($(TextArea.class).id("intendedUse")).setValue(d.company().intendedUse());
        test($(TextField.class).id("adminFirstName")).setValue(d.administrator().firstName());
        test($(TextField.class).id("adminLastName")).setValue(d.administrator().lastName());
        test($(EmailField.class).id("adminEmail")).setValue(d.administrator().email());
        test($(TextField.class).id("adminPhone")).setValue(d.administrator().phone());
        test($(RadioButtonGroup.class).id("adminLanguage")).selectItem("English");
        test($(Select.class).id("platform")).selectItem(text("request.platform.OPENSCAPE_BUSINESS"));
        test($(TextField.class).id("platformVersion")).setValue(d.plan().version());
        test($(RadioButtonGroup.class).id("licensing")).selectItem(text("request.licensing.SSL_SUBSCRIPTION"));
        test($(TextField.class).id("plannedUsers")).setValue(String.valueOf(d.plan().plannedUsers()));
        test($(DatePicker.class).id("plannedRolloutDate")).setValue(d.plan().plannedRolloutDate());
        test($(Checkbox.class).id("declarationNoUnifyVideo")).click();
        test($(Checkbox.class).id("declarationDataCorrect")).click();
    }

    /** Confirming without the checklist is refused at the checkbox; with both boxes ticked it goes through. */
    private void forwardWithChecklist() {
        test($(Button.class).id("action-FORWARD_TO_CLOUD_OPS")).click();
        Dialog dialog = $(Dialog.class).id("action-dialog");
        test($(Button.class, dialog).id("confirm")).click();
        assertThat($(Checkbox.class, dialog).id("check-complete").isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        test($(Checkbox.class, dialog).id("check-complete")).click();
        test($(Button.class, dialog).id("confirm")).click();
        assertThat($(Checkbox.class, dialog).id("check-export").isInvalid()).isTrue();
        assertThat($(Checkbox.class, dialog).id("check-export").getErrorMessage())
                .isEqualTo(text("request.error.checklist-export-control"));

        test($(Checkbox.class, dialog).id("check-export")).click();
        test($(Button.class, dialog).id("confirm")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat($(Span.class).id("status").getText()).isEqualTo(text("request.status.AT_CLOUD_OPS"));
    }

    /** The tenant id is required: an empty one is refused at the field, then the tenant is recorded. */
    private void provision(String tenantId) {
        assertThat(actionButtons()).containsExactly("action-ASK_MANAGER", "action-PROVISION_AND_INVITE");
        test($(Button.class).id("action-PROVISION_AND_INVITE")).click();
        Dialog dialog = $(Dialog.class).id("action-dialog");
        test($(Button.class, dialog).id("confirm")).click();
        assertThat($(TextField.class, dialog).id("tenant-id").getErrorMessage()).isEqualTo(text("validation.required"));

        test($(TextField.class, dialog).id("tenant-id")).setValue(tenantId);
        test($(Button.class, dialog).id("confirm")).click();
        assertThat($(Span.class).id("status").getText()).isEqualTo(text("request.status.INVITATION_SENT"));
    }

    private void assertInvitationVisible(long id, CustomerData data, String tenantId) {
        RequestDetails stored = requests.get(id);
        assertThat(stored.status()).isEqualTo(RequestStatus.INVITATION_SENT);
        assertThat($(Span.class).id("status").getText()).isEqualTo(text("request.status.INVITATION_SENT"));
        assertThat($(Span.class).id("invitation-to").getText()).contains(data.administrator().email());
        assertThat($(Span.class).id("invitation-sent").getText()).isNotEqualTo(Formats.EMPTY);
        assertThat($(Span.class).id("invitation-expires").getText()).isNotEqualTo(Formats.EMPTY);
        assertThat($(Span.class).id("tenant-id-value").getText()).isEqualTo(tenantId);
        assertThat($(Paragraph.class).id("spam-advice").getText())
                .isEqualTo(text("request.detail.invitation.spam", "activation-desk@vendor.example"));
        assertThat(stored.invitationExpiresAt()).isEqualTo(MONDAY_0900.plusSeconds(72 * 3600));
        assertThat(actionButtons()).isEmpty();
    }

    private long idFromLocation() {
        return Long.parseLong(currentLocation().split("/")[1]);
    }
}
