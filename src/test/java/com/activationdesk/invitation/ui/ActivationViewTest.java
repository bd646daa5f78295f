package com.activationdesk.invitation.ui;

import java.util.List;

import com.activationdesk.MutableClock;
import com.activationdesk.PasswordFieldLimit;
import com.activationdesk.RunAs;
import com.activationdesk.UiTest;
import com.activationdesk.invitation.InvitedRequests;
import com.activationdesk.invitation.domain.InvitationToken;
import com.activationdesk.invitation.service.InvitationService;
import com.activationdesk.invitation.service.LinkState;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldTester;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.RecordApplicationEvents;

import static com.activationdesk.invitation.InvitedRequests.PASSWORD;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static org.assertj.core.api.Assertions.assertThat;

/** The public activation page, anonymous, on the real services and database (no browser). */
@UiTest
@RecordApplicationEvents
class ActivationViewTest extends SpringBrowserlessTest {

    @Autowired
    RequestService requestService;
    @Autowired
    InvitationService invitations;
    @Autowired
    MutableClock clock;
    @Autowired
    RunAs runAs;
    @Autowired
    InvitedRequests fixtures;

    @Test
    void theInviteeChoosesAPasswordAcceptsTheTermsAndActivates() {
        InvitedRequests.Invited invited = fixtures.invite();
        open(invited.token(), "en");

        assertThat(find(H2.class).single().getText()).isEqualTo("Activate your Unify Phone tenant");
        assertThat(find(Div.class).id("activation-form").getElement().getTextRecursively())
                .contains(invited.request().data().company().name(), "Nordlicht Systemhaus GmbH", "2026-11");
        TextField email = find(TextField.class).id("activation-email");
        assertThat(email.getValue()).isEqualTo(invited.adminEmail());
        assertThat(email.isReadOnly()).isTrue();

        PasswordField password = find(PasswordField.class).id("activation-password");
        PasswordField confirmation = find(PasswordField.class).id("activation-password-confirmation");
        assertThat(rules("unmet")).as("nothing typed, nothing failed").isEmpty();
        assertThat(rules("met")).isEmpty();
        type(password, "short1");
        assertThat(rules("met")).containsExactly("At most 128 characters", "Not a commonly used password",
                "Does not contain your e-mail address or its name");
        assertThat(rules("unmet")).containsExactly("At least 12 characters", "Both entries match");
        type(password, PASSWORD);
        type(confirmation, PASSWORD);
        assertThat(rules("unmet")).isEmpty();

        test(find(Button.class).id("activation-submit")).click();
        Checkbox terms = find(Checkbox.class).id("activation-terms");
        assertThat(terms.isInvalid()).isTrue();
        assertThat(terms.getErrorMessage()).isEqualTo("Please accept the terms of use.");
        assertThat(invitations.check(invited.token())).isEqualTo(LinkState.LIVE);

        test(terms).click();
        test(find(Button.class).id("activation-submit")).click();

        Div success = find(Div.class).id("activation-success");
        assertThat(success.getElement().getTextRecursively()).contains("Your tenant is activated", invited.adminEmail());
        assertThat(find(RouterLink.class).id("activation-login-link").getHref()).isEqualTo("login");
        assertThat(runAs.as(NORDLICHT_USER1, () -> requestService.get(invited.id()).status())).isEqualTo(RequestStatus.ACTIVATED);
    }

    @Test
    void enterSubmitsAndThePageSpeaksGerman() {
        InvitedRequests.Invited invited = fixtures.invite();
        open(invited.token(), "de");
        assertThat(find(H2.class).single().getText()).isEqualTo("Ihren Unify Phone Mandanten aktivieren");

        type(find(PasswordField.class).id("activation-password"), PASSWORD);
        type(find(PasswordField.class).id("activation-password-confirmation"), PASSWORD + "!");
        test(find(Checkbox.class).id("activation-terms")).click();
        fireShortcut(Key.ENTER);
        PasswordField confirmation = find(PasswordField.class).id("activation-password-confirmation");
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("Die beiden Passwörter stimmen nicht überein.");

        type(confirmation, PASSWORD);
        fireShortcut(Key.ENTER);
        assertThat(find(Div.class).id("activation-success").getElement().getTextRecursively())
                .contains("Ihr Mandant ist aktiviert");
    }

    @Test
    void bothPasswordFieldsShowThePolicysMaximumAndRefuseMoreWithoutCutting() {
        open(fixtures.invite().token(), "en");

        PasswordFieldLimit.assertShownAndNeverCut(find(PasswordField.class).id("activation-password"), this::type);
        PasswordFieldLimit.assertShownAndNeverCut(find(PasswordField.class).id("activation-password-confirmation"),
                this::type);
    }

    @Test
    void anUnknownAndAUsedLinkShowTheSameNeutralPage() {
        open(InvitationToken.generate(), "en");
        String unknown = find(Div.class).id("activation-invalid").getElement().getTextRecursively();
        assertThat(unknown).contains("This link cannot be used", "expired, has already been used or has been replaced",
                "CAM or DAM");
        assertThat(find(PasswordField.class).exists()).isFalse();

        open("not-even-a-token", "en");
        assertThat(find(Div.class).id("activation-invalid").getElement().getTextRecursively()).isEqualTo(unknown);

        InvitedRequests.Invited invited = fixtures.invite();
        open(invited.token(), "en");
        type(find(PasswordField.class).id("activation-password"), PASSWORD);
        type(find(PasswordField.class).id("activation-password-confirmation"), PASSWORD);
        test(find(Checkbox.class).id("activation-terms")).click();
        test(find(Button.class).id("activation-submit")).click();

        open(invited.token(), "en");
        assertThat(find(Div.class).id("activation-invalid").getElement().getTextRecursively()).isEqualTo(unknown);
    }

    /** Opens the link as the mail has it, with the language switch of the page. */
    private void open(String token, String language) {
        UI.getCurrent().navigate("activate/" + token, QueryParameters.of(ActivationView.LANGUAGE, language));
        assertThat(getCurrentView()).isInstanceOf(ActivationView.class);
    }

    @SuppressWarnings("unchecked")
    private void type(PasswordField field, String value) {
        test(TextFieldTester.class, field).setValue(value);
    }

    private List<String> rules(String state) {
        return find(Span.class).withClassName("password-rule", state).all().stream()
                .map(rule -> rule.getElement().getTextRecursively()).toList();
    }
}
