package com.activationdesk.request.service;

import java.time.Instant;
import java.util.List;

import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.request.domain.ActivationRequestRepository;
import com.activationdesk.request.domain.RequestStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a request, read at system level (no logged-in user, no data scope): for notifications
 * that jobs and event listeners send. Never hand its result to a user interface — it ignores the data scope.
 */
@Component
@Transactional(readOnly = true)
@NamedInterface("details")
public class RequestParticipants {

    private final ActivationRequestRepository requests;
    private final AppUserRepository users;

    RequestParticipants(ActivationRequestRepository requests, AppUserRepository users) {
        this.requests = requests;
        this.users = users;
    }

    public Participants of(long requestId) {
        ActivationRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("request"));
        Organization distributor = request.getDistributor();
        AppUser manager = request.getResponsibleManager();
        return new Participants(request.getId(), request.getReference(), request.getStatus(),
                request.getData().company().name(), request.getData().administrator().email(),
                request.getData().administrator().language(),
                request.getPartner().getName(), enabledUsers(request.getPartner()),
                manager == null || !manager.isEnabled() ? null : person(manager),
                distributor == null ? null : distributor.getName(),
                distributor == null ? List.of() : enabledUsers(distributor),
                request.getInvitation().getExpiresAt());
    }

    /** The organisations a request belongs to: its partner and, for tier 2, its distributor. */
    public List<Long> organizationIds(long requestId) {
        ActivationRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("request"));
        return request.getDistributor() == null ? List.of(request.getPartner().getId())
                : List.of(request.getPartner().getId(), request.getDistributor().getId());
    }

    private List<Person> enabledUsers(Organization organization) {
        return users.findByOrganizationOrderByDisplayName(organization).stream()
                .filter(AppUser::isEnabled).map(RequestParticipants::person).toList();
    }

    private static Person person(AppUser user) {
        return new Person(user.getEmail(), user.getDisplayName(), user.getPreferredLanguage());
    }

    /** A user to notify; {@code language} is {@code de}, {@code en} or {@code null} (not chosen). */
    public record Person(String email, String name, String language) {
    }

    /**
     * @param responsibleManager the CAM or DAM, {@code null} before submission or when that account is disabled
     * @param partnerUsers       every enabled user of the partner organisation
     * @param distributorUsers   every enabled user of the chosen distributor; empty for tier 1
     */
    public record Participants(long requestId, String reference, RequestStatus status, String customerName,
                               String adminEmail, String adminLanguage, String partnerName, List<Person> partnerUsers,
                               Person responsibleManager, String distributorName, List<Person> distributorUsers,
                               Instant invitationExpiresAt) {
    }
}
