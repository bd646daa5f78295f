package com.activationdesk.invitation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.activationdesk.base.links.LinkBaseUrl;
import com.activationdesk.base.securitylog.ClientAddress;
import com.activationdesk.base.securitylog.SecurityEvent;
import com.activationdesk.base.securitylog.SecurityEventLog;
import com.activationdesk.invitation.ActivationLinkIssuer;
import com.activationdesk.invitation.InvitationLinks;
import com.activationdesk.invitation.InvitationMailDue;
import com.activationdesk.invitation.domain.Invitation;
import com.activationdesk.invitation.domain.InvitationRepository;
import com.activationdesk.invitation.domain.InvitationToken;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.request.InvitationIssued;
import com.activationdesk.request.Tenants;
import com.activationdesk.request.Tenants.Tenant;
import com.activationdesk.request.domain.LinkClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link clock's records: makes a new link whenever Cloud Ops (re)sends an invitation, kills the earlier ones,
 * mints the link's secret when the mail delivery hands the invitation to SMTP, and tells whether a link presented
 * on the public page is live. Reading a link needs no login: the token is the credential.
 */
@Service
public class InvitationService implements ActivationLinkIssuer {

    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final InvitationRepository invitations;
    private final Tenants tenants;
    private final AppUserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityEventLog securityLog;
    private final LinkBaseUrl linkBaseUrl;

    InvitationService(InvitationRepository invitations, Tenants tenants, AppUserRepository users,
                      ApplicationEventPublisher events, Clock clock, SecurityEventLog securityLog,
                      LinkBaseUrl linkBaseUrl) {
        this.invitations = invitations;
        this.tenants = tenants;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.securityLog = securityLog;
        this.linkBaseUrl = linkBaseUrl;
    }

    /**
     * Runs synchronously inside the transaction that moved the request to INVITATION_SENT (not after commit): the
     * new link, the end of the old ones and the mail in the outbox commit or roll back together with the move. The
     * link has no secret yet: {@link #issue} mints it when the mail goes out.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onInvitationIssued(InvitationIssued issued) {
        // DATETIME(6) keeps microseconds: what is compared later must be what was stored
        Instant sentAt = issued.sentAt().truncatedTo(ChronoUnit.MICROS);
        Instant expiresAt = issued.expiresAt().truncatedTo(ChronoUnit.MICROS);
        Invitation invitation = invitations.saveAndFlush(new Invitation(issued.requestId(), issued.recipientEmail(),
                sentAt, expiresAt, issued.requestedByUserId()));
        int superseded = invitations.supersedeOthers(issued.requestId(), invitation.getId(), sentAt);
        log.info("Invitation {} for request {} created, {} earlier link(s) superseded", invitation.getId(),
                issued.reference(), superseded);

        Tenant tenant = tenants.tenant(issued.requestId());
        String requestedBy = tenant.createdByUserId() == null ? null
                : users.findById(tenant.createdByUserId()).map(AppUser::getDisplayName).orElse(null);
        events.publishEvent(new InvitationMailDue(invitation.getId(), issued.requestId(), issued.reference(),
                issued.recipientEmail(), issued.recipientLanguage(), issued.recipientName(), issued.customerName(),
                tenant.partnerName(), requestedBy, expiresAt));
    }

    /**
     * Runs in a transaction of its own (the delivery job has none), so the hash is committed before the mail
     * reaches SMTP. The link keeps the expiry set when Cloud Ops sent the invitation: a late delivery does not
     * extend the 72 hours.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<String> issue(long invitationId) {
        Invitation invitation = invitations.findById(invitationId).orElse(null);
        if (invitation == null || !tenants.tenant(invitation.getRequestId()).awaitingActivation()) {
            log.info("Invitation {}: no link minted, the request no longer waits for activation", invitationId);
            return Optional.empty();
        }
        String token = InvitationToken.generate();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (invitations.replaceToken(invitationId, InvitationToken.hash(token), now) != 1) {
            log.info("Invitation {}: no link minted, it was used, replaced or expired", invitationId);
            return Optional.empty();
        }
        log.info("Invitation {}: link minted for delivery{}", invitationId,
                invitation.getTokenHash() == null ? "" : ", the link of an earlier attempt no longer works");
        return Optional.of(linkBaseUrl.current() + "/" + InvitationLinks.activation(token));
    }

    /** The state of the link with this raw token now; for the log and tests, never shown as such. */
    @Transactional(readOnly = true)
    public LinkState check(String rawToken) {
        return find(rawToken).state();
    }

    /** The link's invitation if the tenant can be activated with it now. */
    @Transactional(readOnly = true)
    public Optional<LiveInvitation> findLive(String rawToken) {
        Lookup lookup = find(rawToken);
        if (lookup.state() != LinkState.LIVE) {
            log.info("Invitation link refused: {}", lookup.state());
            securityLog.record(SecurityEvent.ACTIVATION_LINK_REFUSED,
                    lookup.invitation() == null ? null : lookup.invitation().getRecipientEmail(),
                    ClientAddress.current(), lookup.state().name());
            return Optional.empty();
        }
        Invitation invitation = lookup.invitation();
        Tenant tenant = lookup.tenant();
        return Optional.of(new LiveInvitation(invitation.getId(), tenant.requestId(), tenant.customerName(),
                tenant.partnerName(), tenant.administratorEmail(), invitation.getExpiresAt()));
    }

    /**
     * Uses the live link once, in the caller's transaction. The conditional update makes the database the judge:
     * of two parallel activations exactly one gets the row, the other is refused.
     *
     * @throws InvalidLinkException if the link is not live (any reason) or another activation used it first
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LiveInvitation use(String rawToken) {
        LiveInvitation live = findLive(rawToken).orElseThrow(InvalidLinkException::new);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (invitations.markUsed(live.invitationId(), now) != 1) {
            log.info("Invitation {} was used, replaced or expired during activation", live.invitationId());
            securityLog.record(SecurityEvent.ACTIVATION_LINK_REFUSED, live.adminEmail(), ClientAddress.current(),
                    "used by a parallel activation");
            throw new InvalidLinkException();
        }
        return live;
    }

    private Lookup find(String rawToken) {
        if (!InvitationToken.isWellFormed(rawToken)) {
            return new Lookup(LinkState.UNKNOWN, null, null);
        }
        Invitation invitation = invitations.findByTokenHash(InvitationToken.hash(rawToken)).orElse(null);
        if (invitation == null) {
            return new Lookup(LinkState.UNKNOWN, null, null);
        }
        if (invitation.getUsedAt() != null) {
            return new Lookup(LinkState.USED, invitation, null);
        }
        if (invitation.getSupersededAt() != null) {
            return new Lookup(LinkState.SUPERSEDED, invitation, null);
        }
        if (LinkClock.isExpired(invitation.getExpiresAt(), clock.instant())) {
            return new Lookup(LinkState.EXPIRED, invitation, null);
        }
        Tenant tenant = tenants.tenant(invitation.getRequestId());
        if (!tenant.awaitingActivation()) {
            return new Lookup(LinkState.REQUEST_NOT_WAITING, invitation, tenant);
        }
        return new Lookup(LinkState.LIVE, invitation, tenant);
    }

    private record Lookup(LinkState state, Invitation invitation, Tenant tenant) {
    }
}
