package com.activationdesk.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.base.domain.Sha256;
import com.activationdesk.invitation.service.LinkState;
import com.activationdesk.invitation.service.TermsConsent;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.UserForm;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.security.UserPrincipal;
import com.activationdesk.testdata.TestTerms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.activationdesk.invitation.InvitedRequests.CONSENT;
import static com.activationdesk.invitation.InvitedRequests.PASSWORD;
import static com.activationdesk.invitation.InvitedRequests.TERMS_SHOWN;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static com.activationdesk.testdata.TestInstants.TUESDAY_1400;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Activation through the link: one transaction creates the customer's account and activates the request. */
class ActivationTest extends InvitedRequestTestSupport {

    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Override
    Instant start() {
        return TUESDAY_1400;
    }

    @Test
    void activationCreatesTheCustomerAdminWhoSeesExactlyThisTenant() {
        InvitedRequests.Invited invited = fixtures.invite();
        InvitedRequests.Invited other = fixtures.invite();
        clock.advance(Duration.ofHours(30));

        String login = activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT);

        assertThat(login).isEqualTo(invited.adminEmail());
        RequestDetails activated = runAs.as(NORDLICHT_USER1, () -> requestService.get(invited.id()));
        assertThat(activated.status()).isEqualTo(RequestStatus.ACTIVATED);
        assertThat(activated.termsVersion()).isEqualTo("2026-11");
        assertThat(activated.termsAcceptedAt()).isEqualTo(clock.instant());
        assertThat(activated.activatedAt()).isEqualTo(clock.instant());
        assertThat(jdbc.queryForMap("SELECT terms_hash, activation_client_address, activation_user_agent "
                + "FROM activation_request WHERE id = ?", invited.id())).containsExactly(
                entry("terms_hash", Sha256.hex(TERMS_SHOWN)), entry("activation_client_address", TestTerms.CLIENT_ADDRESS),
                entry("activation_user_agent", TestTerms.USER_AGENT));

        UserPrincipal admin = (UserPrincipal) userDetailsService.loadUserByUsername(login);
        assertThat(admin.role()).isEqualTo(Role.CUSTOMER_ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.displayName()).isEqualTo("Erika Mustermann");
        assertThat(admin.preferredLanguage()).isEqualTo("de");
        assertThat(admin.organizationType()).isEqualTo(OrganizationType.END_CUSTOMER);
        assertThat(admin.organizationName()).isEqualTo(invited.request().data().company().name());
        assertThat(passwordEncoder.matches(PASSWORD, admin.getPassword())).isTrue();
        assertThat(passwordEncoder.matches("tenant-admin-2025", admin.getPassword())).isFalse();
        assertThat(admin.getPassword()).doesNotContain(PASSWORD);
        assertThat(jdbc.queryForObject("SELECT country FROM organization WHERE id = ?", String.class,
                admin.organizationId())).isEqualTo("DE");

        RequestDetails ownView = runAs.as(login, () -> requestService.get(invited.id()));
        assertThat(ownView.reference()).isEqualTo(invited.request().reference());
        assertThat(ownView.allowedActions()).contains(RequestAction.ADD_CO_ADMIN);
        assertThatThrownBy(() -> runAs.as(login, () -> requestService.get(other.id())))
                .isInstanceOf(NotFoundException.class);

        List<AuditEntryView> timeline = runAs.as(login, () -> requestService.timeline(invited.id()));
        AuditEntryView entry = timeline.getLast();
        assertThat(entry.action()).isEqualTo("ACTIVATE");
        assertThat(entry.fromStatus()).isEqualTo("INVITATION_SENT");
        assertThat(entry.toStatus()).isEqualTo("ACTIVATED");
        assertThat(entry.actor().role()).isEqualTo("INVITEE");
        assertThat(entry.actor().email()).isEqualTo(login);
        assertThat(entry.changes()).extracting(c -> c.field() + "=" + c.newValue()).containsExactly(
                "termsVersion=2026-11", "termsHash=" + Sha256.hex(TERMS_SHOWN));
        assertThat(invitations.check(invited.token())).isEqualTo(LinkState.USED);
    }

    @Test
    void passwordRulesConfirmationAndTermsAreCheckedBeforeTheLinkIsUsed() {
        InvitedRequests.Invited invited = fixtures.invite();

        assertThatThrownBy(() -> activation.activate(invited.token(), "short1", "short1", CONSENT))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("password.error.too-short")
                .extracting(e -> ((FieldValidationException) e).getField()).isEqualTo("password");
        assertThatThrownBy(() -> activation.activate(invited.token(), "qwerty123456", "qwerty123456", CONSENT))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("password.error.common");
        assertThatThrownBy(() -> activation.activate(invited.token(), PASSWORD, PASSWORD + "x", CONSENT))
                .isInstanceOf(FieldValidationException.class)
                .extracting(e -> ((FieldValidationException) e).getField()).isEqualTo("passwordConfirmation");
        TermsConsent declined = new TermsConsent(false, TERMS_SHOWN, CONSENT.clientAddress(), CONSENT.userAgent());
        assertThatThrownBy(() -> activation.activate(invited.token(), PASSWORD, PASSWORD, declined))
                .isInstanceOf(FieldValidationException.class)
                .extracting(e -> ((FieldValidationException) e).getField()).isEqualTo("terms");

        assertThat(invitations.check(invited.token())).isEqualTo(LinkState.LIVE);
        assertThat(activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT)).isEqualTo(invited.adminEmail());
    }

    @Test
    void aFailureAfterTheLinkWasTakenRollsEverythingBackAndTheLinkStaysLive() {
        InvitedRequests.Invited invited = fixtures.invite();
        long rheinwerk = jdbc.queryForObject("SELECT id FROM organization WHERE name = 'Rheinwerk IT AG'", Long.class);
        // Someone got an account with the administrator's address meanwhile: the account cannot be created.
        runAs.run(VENDOR_ADMIN, () -> userService.create(
                new UserForm(invited.adminEmail(), "Erika Partner", Role.PARTNER, rheinwerk, "de"), PASSWORD));
        long organizationsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM organization", Long.class);

        assertThatThrownBy(() -> activation.activate(invited.token(), PASSWORD, PASSWORD, CONSENT))
                .isInstanceOf(FieldValidationException.class).hasMessageContaining("user.error.duplicate-email")
                .extracting(e -> ((FieldValidationException) e).getField()).isEqualTo("email");

        assertThat(invitations.check(invited.token())).isEqualTo(LinkState.LIVE);
        assertThat(jdbc.queryForObject("SELECT used_at FROM invitation WHERE id = ?", Instant.class,
                invited.mail().invitationId())).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organization", Long.class)).isEqualTo(organizationsBefore);
        assertThat(runAs.as(NORDLICHT_USER1, () -> requestService.get(invited.id()).status()))
                .isEqualTo(RequestStatus.INVITATION_SENT);
    }
}
