package com.activationdesk.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.activationdesk.invitation.InvitationMailDue;
import com.activationdesk.invitation.coadmin.CoAdministratorCandidate;
import com.activationdesk.invitation.coadmin.CoAdministratorService;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.invitation.service.TermsConsent;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo users' hands: each step is one call of the real services, as the user who takes it in the process
 * (their login, role and data scope) and at a chosen instant of the {@link SeedingClock}. The activation goes through
 * the mailed link like a real one: the link is taken from the invitation mail event.
 */
class DemoSteps {

    /** The demo password (README) also for the customer administrators that activations create. */
    static final String DEMO_PASSWORD = "demodemo2026";

    private final RequestService requests;
    private final ActivationService activations;
    private final CoAdministratorService coAdministrators;
    private final UserDetailsService userDetailsService;
    private final MessageSource messages;
    private final SeedingClock clock;
    private final Map<String, UserDetails> users = new HashMap<>();
    /** The activation link of each request's latest invitation, from the mail event (the token is only in the mail). */
    private final Map<Long, String> activationLinks = new HashMap<>();

    DemoSteps(RequestService requests, ActivationService activations, CoAdministratorService coAdministrators,
              UserDetailsService userDetailsService, MessageSource messages, SeedingClock clock) {
        this.requests = requests;
        this.activations = activations;
        this.coAdministrators = coAdministrators;
        this.userDetailsService = userDetailsService;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void onInvitationMailDue(InvitationMailDue mail) {
        activationLinks.put(mail.requestId(), mail.activationUrl());
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
        return as(partnerUser, at, () -> requests.createDraft(new RequestForm(data, distributorId)));
    }

    RequestDetails submit(String partnerUser, Instant at, RequestDetails request) {
        return as(partnerUser, at, () -> requests.submit(request.id(), request.version()));
    }

    RequestDetails withdraw(String partnerUser, Instant at, RequestDetails request, String comment) {
        return as(partnerUser, at, () -> requests.withdraw(request.id(), request.version(), comment));
    }

    RequestDetails passToDam(String distributorUser, Instant at, RequestDetails request) {
        return as(distributorUser, at, () -> requests.passToDam(request.id(), request.version(), null));
    }

    RequestDetails returnToPartner(String user, Instant at, RequestDetails request, String reason) {
        return as(user, at, () -> requests.returnToPartner(request.id(), request.version(), reason));
    }

    RequestDetails reject(String manager, Instant at, RequestDetails request, String reason) {
        return as(manager, at, () -> requests.reject(request.id(), request.version(), reason));
    }

    /** Both confirmations given: the SLA clock starts (or resumes) at {@code at}. */
    RequestDetails forward(String manager, Instant at, RequestDetails request) {
        return as(manager, at, () -> requests.forwardToCloudOps(request.id(), request.version(),
                new ForwardChecklist(true, true), null));
    }

    RequestDetails askManager(String cloudOps, Instant at, RequestDetails request, String question) {
        return as(cloudOps, at, () -> requests.askManager(request.id(), request.version(), question));
    }

    RequestDetails invite(String cloudOps, Instant at, RequestDetails request) {
        return as(cloudOps, at, () -> requests.provisionAndInvite(request.id(), request.version(),
                "tenant-" + request.reference().toLowerCase(Locale.ROOT)));
    }

    RequestDetails requestResend(String manager, Instant at, RequestDetails request) {
        return as(manager, at, () -> requests.requestResend(request.id(), request.version(), null));
    }

    /** What the expiry job does every minute: invitations whose 72 hours are over become INVITATION_EXPIRED. */
    void expireInvitations(Instant at) {
        clock.at(at, requests::expireDueInvitations);
    }

    /**
     * The invited administrator opens the mailed link, accepts the terms shown in their language and sets the demo
     * password: the end customer's organisation and CUSTOMER_ADMIN login are created.
     *
     * @return the new customer administrator's login
     */
    String activate(RequestDetails invited, Instant at) {
        String link = activationLinks.get(invited.id());
        String token = link.substring(link.lastIndexOf('/') + 1);
        Locale language = Locale.forLanguageTag(invited.data().administrator().language());
        String termsShown = messages.getMessage("activation.terms.text", null, language) + "\n\n"
                + messages.getMessage("activation.terms.version", new Object[] {activations.termsVersion()}, language);
        return clock.at(at, () -> activations.activate(token, DEMO_PASSWORD, DEMO_PASSWORD,
                new TermsConsent(true, termsShown, null, "Activation Desk demo data")));
    }

    /** {@code actor} (the customer admin, or Cloud Ops with the customer's consent) adds a partner user. */
    void addCoAdministrator(String actor, Instant at, long requestId, String partnerUser, String consentNote) {
        as(actor, at, () -> {
            RequestDetails tenant = requests.get(requestId);
            long userId = coAdministrators.candidates(requestId).stream()
                    .filter(candidate -> candidate.email().equals(partnerUser))
                    .mapToLong(CoAdministratorCandidate::userId).findFirst().orElseThrow();
            return coAdministrators.add(requestId, tenant.version(), userId, consentNote);
        });
    }
}
