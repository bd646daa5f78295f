package com.activationdesk.invitation.coadmin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.invitation.domain.CoAdministrator;
import com.activationdesk.invitation.domain.CoAdministratorId;
import com.activationdesk.invitation.domain.CoAdministratorRepository;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.Tenants;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner users the end customer lets administer its tenant (PROCESS.md, "After activation"). Requests are reached
 * only through {@link Tenants}, i.e. in the caller's data scope; who may add or remove, and whether a consent note
 * is required, comes from the workflow table there. Each change is recorded on the request (version, audit entry,
 * event) in the same transaction.
 */
@NamedInterface("coadmin")
@Service
@Transactional
public class CoAdministratorService {

    static final String FIELD = "coAdministrator";
    private static final int MAX_NOTE = 2000;

    private final CoAdministratorRepository coAdministrators;
    private final Tenants tenants;
    private final AppUserRepository users;
    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoAdministratorService(CoAdministratorRepository coAdministrators, Tenants tenants, AppUserRepository users,
                           OrganizationRepository organizations, CurrentUser currentUser, Clock clock) {
        this.coAdministrators = coAdministrators;
        this.tenants = tenants;
        this.users = users;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The logged-in customer administrator's tenant. */
    @PreAuthorize("hasRole('CUSTOMER_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<RequestDetails> ownTenant() {
        return tenants.ownTenant();
    }

    /** The tenant's co-administrators, by name; for anyone who may see the request, so nothing internal. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CoAdministratorRow> list(long requestId) {
        tenants.visibleTenant(requestId);
        return coAdministrators.findByRequest(requestId).stream()
                .map(c -> new CoAdministratorRow(c.getUser().getId(), c.getUser().getEmail(),
                        c.getUser().getDisplayName(), c.getAddedAt()))
                .toList();
    }

    /** Enabled users of the requesting partner who are not co-administrators yet; empty for whoever may not add. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CoAdministratorCandidate> candidates(long requestId) {
        RequestDetails request = tenants.visibleTenant(requestId);
        if (!request.may(RequestAction.ADD_CO_ADMIN)) {
            return List.of();
        }
        Set<Long> present = coAdministrators.findByRequest(requestId).stream()
                .map(c -> c.getId().userId()).collect(Collectors.toSet());
        Organization partner = organizations.findById(request.partnerId()).orElseThrow();
        return users.findByOrganizationOrderByDisplayName(partner).stream()
                .filter(user -> eligible(user, request.partnerId()) && !present.contains(user.getId()))
                .map(user -> new CoAdministratorCandidate(user.getId(), user.getEmail(), user.getDisplayName()))
                .toList();
    }

    /** Whether the logged-in partner user is a co-administrator of this request's tenant. */
    @PreAuthorize("hasRole('PARTNER')")
    @Transactional(readOnly = true)
    public boolean isCoAdministrator(long requestId) {
        tenants.visibleTenant(requestId);
        return coAdministrators.existsById(new CoAdministratorId(requestId, currentUser.require().userId()));
    }

    /**
     * For a partner user, whether they co-administer this request's tenant; empty for everyone else, who never can
     * (only partner users become co-administrators).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Boolean> ownCoAdministration(long requestId) {
        return currentUser.require().role() == Role.PARTNER ? Optional.of(isCoAdministrator(requestId)) : Optional.empty();
    }

    /** Whether the caller must document the customer's consent (Cloud Ops acting for the customer), per the table. */
    @PreAuthorize("isAuthenticated()")
    public boolean needsConsentNote(RequestStatus status, RequestAction action) {
        return tenants.coAdministratorNoteRequired(status, action);
    }

    /**
     * Makes a user of the requesting partner co-administrator.
     *
     * @param version     the request version the caller saw
     * @param consentNote how the customer agreed; required when Cloud Ops acts for the customer
     * @return the request after the change (new version)
     */
    @PreAuthorize("isAuthenticated()")
    public RequestDetails add(long requestId, long version, long userId, String consentNote) {
        return tenants.changeCoAdministrators(requestId, version, RequestAction.ADD_CO_ADMIN, consentNote,
                (partnerId, noteRequired) -> {
                    checkNote(consentNote, noteRequired);
                    AppUser user = users.findById(userId).filter(u -> eligible(u, partnerId))
                            .orElseThrow(() -> new FieldValidationException("userId", "coadmin.error.not-partner-user"));
                    CoAdministratorId id = new CoAdministratorId(requestId, userId);
                    if (coAdministrators.existsById(id)) {
                        throw new FieldValidationException("userId", "coadmin.error.already", user.getDisplayName());
                    }
                    AppUser addedBy = users.findById(currentUser.require().userId()).orElseThrow();
                    try {
                        coAdministrators.saveAndFlush(new CoAdministrator(requestId, user, addedBy,
                                trimmed(consentNote), clock.instant()));
                    } catch (DataIntegrityViolationException e) {
                        throw new ConcurrentChangeException(); // added by someone else in the same moment
                    }
                    return new FieldChange(FIELD, null, user.getEmail());
                });
    }

    /**
     * Ends a user's co-administration.
     *
     * @param note required when Cloud Ops acts for the customer (the table says so)
     */
    @PreAuthorize("isAuthenticated()")
    public RequestDetails remove(long requestId, long version, long userId, String note) {
        return tenants.changeCoAdministrators(requestId, version, RequestAction.REMOVE_CO_ADMIN, note,
                (partnerId, noteRequired) -> {
                    checkNote(note, noteRequired);
                    AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("co-administrator"));
                    if (coAdministrators.remove(requestId, userId) != 1) {
                        throw new NotFoundException("co-administrator");
                    }
                    return new FieldChange(FIELD, user.getEmail(), null);
                });
    }

    private static void checkNote(String note, boolean required) {
        if (required && trimmed(note) == null) {
            throw new FieldValidationException("consentNote", "coadmin.error.consent-required");
        }
        if (trimmed(note) != null && trimmed(note).length() > MAX_NOTE) {
            throw new FieldValidationException("consentNote", "validation.max-length-n", MAX_NOTE);
        }
    }

    /** Only partner users of the company that requested the tenant, and only enabled ones. */
    private static boolean eligible(AppUser user, long partnerId) {
        return user.getRole() == Role.PARTNER && user.isEnabled() && user.getOrganization().getId() == partnerId;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
