package com.activationdesk.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.activationdesk.invitation.coadmin.CoAdministratorCandidate;
import com.activationdesk.invitation.coadmin.CoAdministratorService;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.base.domain.Sha256;
import com.activationdesk.organization.service.CustomerAccount;
import com.activationdesk.organization.service.CustomerAccounts;
import com.activationdesk.request.Tenants;
import com.activationdesk.request.TermsAcceptance;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import jakarta.persistence.EntityManager;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo users' hands: each step is one call of the real services, as the user who takes it in the process
 * (their login, role and data scope) and at a chosen instant of the {@link SeedingClock}.
 */
class DemoSteps {

    /** The demo password (README) also for the customer administrators that activations create. */
    static final String DEMO_PASSWORD = "demodemo2026";

    private final RequestService requests;
    private final ActivationService activations;
    private final CustomerAccounts customerAccounts;
    private final Tenants tenants;
    private final CoAdministratorService coAdministrators;
    private final UserDetailsService userDetailsService;
    private final MessageSource messages;
    private final SeedingClock clock;
    private final EntityManager entityManager;
    private final Map<String, UserDetails> users = new HashMap<>();

    DemoSteps(RequestService requests, ActivationService activations, CustomerAccounts customerAccounts,
              Tenants tenants, CoAdministratorService coAdministrators, UserDetailsService userDetailsService,
              MessageSource messages, SeedingClock clock, EntityManager entityManager) {
        this.requests = requests;
        this.activations = activations;
        this.customerAccounts = customerAccounts;
        this.tenants = tenants;
        this.coAdministrators = coAdministrators;
        this.userDetailsService = userDetailsService;
        this.messages = messages;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * One step of a story: {@link #as} inside the seeding transaction, then written and forgotten. Every query of a
     * later step auto-flushes, and that dirty check walks every entity the context holds: kept across a partner's
     * steps, it cost the seeding about 13 % more CPU (docs/demo-requests.md).
     */
    private <T> T step(String email, Instant at, Supplier<T> work) {
        T result = as(email, at, work);
        endStep();
        return result;
    }

    private void endStep() {
        entityManager.flush();
        entityManager.clear();
    }

    /** Runs {@code work} logged in as {@code email}, with the services' clock at {@code at}. */
    <T> T as(String email, Instant at, Supplier<T> work) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        UserDetails user = users.computeIfAbsent(email, userDetailsService::loadUserByUsername);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        try {
            return clock.at(at, work);
        } finally {
            holder.clearContext();
        }
    }

    RequestDetails draft(String partnerUser, Instant at, CustomerData data, Long distributorId) {
        return step(partnerUser, at, () -> requests.createDraft(new RequestForm(data, distributorId)));
    }

    RequestDetails submit(String partnerUser, Instant at, RequestDetails request) {
        return step(partnerUser, at, () -> requests.submit(request.id(), request.version()));
    }

    RequestDetails withdraw(String partnerUser, Instant at, RequestDetails request, String comment) {
        return step(partnerUser, at, () -> requests.withdraw(request.id(), request.version(), comment));
    }

    RequestDetails passToDam(String distributorUser, Instant at, RequestDetails request) {
        return step(distributorUser, at, () -> requests.passToDam(request.id(), request.version(), null));
    }

    RequestDetails returnToPartner(String user, Instant at, RequestDetails request, String reason) {
        return step(user, at, () -> requests.returnToPartner(request.id(), request.version(), reason));
    }

    RequestDetails reject(String manager, Instant at, RequestDetails request, String reason) {
        return step(manager, at, () -> requests.reject(request.id(), request.version(), reason));
    }

    /** Both confirmations given: the SLA clock starts (or resumes) at {@code at}. */
    RequestDetails forward(String manager, Instant at, RequestDetails request) {
        return step(manager, at, () -> requests.forwardToCloudOps(request.id(), request.version(),
                new ForwardChecklist(true, true), null));
    }

    RequestDetails askManager(String cloudOps, Instant at, RequestDetails request, String question) {
        return step(cloudOps, at, () -> requests.askManager(request.id(), request.version(), question));
    }

    RequestDetails invite(String cloudOps, Instant at, RequestDetails request) {
        return step(cloudOps, at, () -> requests.provisionAndInvite(request.id(), request.version(),
                "tenant-" + request.reference().toLowerCase(Locale.ROOT)));
    }

    RequestDetails requestResend(String manager, Instant at, RequestDetails request) {
        return step(manager, at, () -> requests.requestResend(request.id(), request.version(), null));
    }

    /** What the expiry job does every minute: invitations whose 72 hours are over become INVITATION_EXPIRED. */
    void expireInvitations(Instant at) {
        clock.at(at, tenants::expireDueInvitations);
    }

    /**
     * The invited administrator accepts the terms shown in their language and sets the demo password: the end
     * customer's organisation and CUSTOMER_ADMIN login are created and the tenant activated, as the activation page
     * does. Not through the link itself: its secret is minted only when the delivery job mails it, after this
     * transaction; until then the invitation has no usable token (docs/activation-tokens.md).
     *
     * @return the new customer administrator's login
     */
    String activate(RequestDetails invited, Instant at) {
        TenantAdministrator admin = invited.data().administrator();
        Locale language = Locale.forLanguageTag(admin.language());
        String termsShown = messages.getMessage("activation.terms.text", null, language) + "\n\n"
                + messages.getMessage("activation.terms.version", new Object[] {activations.termsVersion()}, language);
        String login = clock.at(at, () -> {
            CustomerAccount account = customerAccounts.createForActivation(invited.data().company().name(),
                    invited.data().company().country(), admin.email(), admin.firstName(), admin.lastName(),
                    admin.language(), DEMO_PASSWORD);
            tenants.activate(invited.id(), account.email(), account.organizationId(), new TermsAcceptance(
                    activations.termsVersion(), Sha256.hex(termsShown), null, "Activation Desk demo data"));
            return account.email();
        });
        endStep();
        return login;
    }

    /** {@code actor} (the customer admin, or Cloud Ops with the customer's consent) adds a partner user. */
    void addCoAdministrator(String actor, Instant at, long requestId, String partnerUser, String consentNote) {
        step(actor, at, () -> {
            RequestDetails tenant = requests.get(requestId);
            long userId = coAdministrators.candidates(requestId).stream()
                    .filter(candidate -> candidate.email().equals(partnerUser))
                    .mapToLong(CoAdministratorCandidate::userId).findFirst().orElseThrow();
            return coAdministrators.add(requestId, tenant.version(), userId, consentNote);
        });
    }
}
