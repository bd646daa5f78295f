package com.activationdesk.invitation.service;

import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.Sha256;
import com.activationdesk.organization.service.CustomerAccount;
import com.activationdesk.organization.service.CustomerAccounts;
import com.activationdesk.organization.service.PasswordPolicy;
import com.activationdesk.request.Tenants;
import com.activationdesk.request.Tenants.Tenant;
import com.activationdesk.request.TermsAcceptance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant administrator activates the tenant through the invitation link: accepts the terms, chooses a
 * password, and gets the end customer's first account. No login: the live link is the authorisation.
 */
@NamedInterface("activation")
@Service
public class ActivationService {

    private final InvitationService invitations;
    private final CustomerAccounts customerAccounts;
    private final Tenants tenants;
    private final PasswordPolicy passwordPolicy;
    private final String termsVersion;

    ActivationService(InvitationService invitations, CustomerAccounts customerAccounts, Tenants tenants,
                      PasswordPolicy passwordPolicy,
                      @Value("${activationdesk.terms.version:2026-11}") String termsVersion) {
        this.invitations = invitations;
        this.customerAccounts = customerAccounts;
        this.tenants = tenants;
        this.passwordPolicy = passwordPolicy;
        this.termsVersion = termsVersion;
    }

    /** The version of the terms of use the administrator accepts, recorded with the activation. */
    public String termsVersion() {
        return termsVersion;
    }

    /**
     * In one transaction: uses the link (first, so a parallel activation waits here and is then refused), creates
     * the end-customer organisation and its CUSTOMER_ADMIN, and moves the request to ACTIVATED with the evidence
     * of the consent (terms version, SHA-256 of the text shown, client address and browser), stored and audited.
     * Anything failing rolls everything back and leaves the link live.
     *
     * @return the administrator's login e-mail
     * @throws FieldValidationException for {@code terms}, {@code password} or {@code passwordConfirmation}
     * @throws InvalidLinkException     if the link cannot be used, whatever the reason
     */
    @Transactional
    public String activate(String rawToken, String password, String passwordConfirmation, TermsConsent consent) {
        // Without the link's e-mail here: createForActivation checks the full policy (e-mail rule included).
        passwordPolicy.check(password, null);
        if (!password.equals(passwordConfirmation)) {
            throw new FieldValidationException("passwordConfirmation", "activation.error.password-mismatch");
        }
        if (!consent.accepted()) {
            throw new FieldValidationException("terms", "activation.error.terms-required");
        }
        LiveInvitation link = invitations.use(rawToken);
        Tenant tenant = tenants.tenant(link.requestId());
        CustomerAccount account = customerAccounts.createForActivation(tenant.customerName(), tenant.country(),
                tenant.administratorEmail(), tenant.administratorFirstName(), tenant.administratorLastName(),
                tenant.administratorLanguage(), password);
        tenants.activate(tenant.requestId(), account.email(), account.organizationId(), new TermsAcceptance(
                termsVersion, Sha256.hex(consent.textShown()), consent.clientAddress(), consent.userAgent()));
        return account.email();
    }
}
