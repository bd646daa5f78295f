package com.activationdesk.organization.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.InputValidator;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.AdminAudit.OrganizationState;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import com.activationdesk.organization.AccountManagerChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisation administration (ADMIN only): master data and the CAM / DAM / distributor assignments. */
@Service
@Transactional
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final AppUserRepository users;
    private final InputValidator inputValidator;
    private final ApplicationEventPublisher events;
    private final AdminAudit audit;

    OrganizationService(OrganizationRepository organizations, AppUserRepository users, InputValidator inputValidator,
                        ApplicationEventPublisher events, AdminAudit audit) {
        this.events = events;
        this.audit = audit;
        this.organizations = organizations;
        this.users = users;
        this.inputValidator = inputValidator;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganizationRow> find(OrganizationFilter filter, Pageable pageable) {
        return organizations.findAll(specification(filter), pageable).map(OrganizationService::toRow).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(OrganizationFilter filter) {
        return organizations.count(specification(filter));
    }

    /** Choices for selects, e.g. all distributors; small lists by nature. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganizationRow> findByType(OrganizationType type) {
        return organizations.findByTypeOrderByName(type).stream().map(OrganizationService::toRow).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public OrganizationRow get(long id) {
        return toRow(organizations.findById(id).orElseThrow(() -> new NotFoundException("organization")));
    }

    /**
     * The first contact for questions ("wenden Sie sich zunächst an Ihren CAM/DAM"): the CAM of a tier-1 partner,
     * the DAM of each distributor of a tier-2 partner. Empty for other organisations or missing assignments.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContactPerson> firstContacts(long organizationId) {
        Organization organization = organizations.findById(organizationId).orElse(null);
        if (organization == null || !organization.isPartner()) {
            return List.of();
        }
        if (organization.isTier1Partner()) {
            AppUser cam = organization.getCam();
            return cam == null ? List.of() : List.of(new ContactPerson(cam.getDisplayName(), cam.getEmail(), Role.CAM.messageKey(), null));
        }
        return organization.getDistributors().stream()
                .filter(distributor -> distributor.getDam() != null)
                .sorted(Comparator.comparing(Organization::getName))
                .map(distributor -> new ContactPerson(distributor.getDam().getDisplayName(), distributor.getDam().getEmail(),
                        Role.DAM.messageKey(), distributor.getName()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OrganizationRow create(OrganizationForm form) {
        validate(form);
        if (organizations.existsByTypeAndNameIgnoreCase(form.type(), form.name().trim())) {
            throw new FieldValidationException("name", "organization.error.duplicate-name", form.name().trim());
        }
        Organization organization = new Organization(form.name().trim(), form.type(), form.tier(), form.country());
        applyAssignments(organization, form);
        Organization saved = organizations.saveAndFlush(organization);
        audit.organization(saved, "ORGANIZATION_CREATE", OrganizationState.NONE);
        return toRow(saved);
    }

    /** The type of an organisation never changes (users and requests depend on it); everything else may. */
    @PreAuthorize("hasRole('ADMIN')")
    public OrganizationRow update(long id, long version, OrganizationForm form) {
        validate(form);
        Organization organization = organizations.findById(id).orElseThrow(() -> new NotFoundException("organization"));
        if (organization.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        if (organization.getType() != form.type()) {
            throw new FieldValidationException("type", "organization.error.type-fixed");
        }
        if (!organization.getName().equalsIgnoreCase(form.name().trim())
                && organizations.existsByTypeAndNameIgnoreCase(form.type(), form.name().trim())) {
            throw new FieldValidationException("name", "organization.error.duplicate-name", form.name().trim());
        }
        OrganizationState before = OrganizationState.of(organization);
        organization.setName(form.name().trim());
        organization.setCountry(form.country());
        organization.setTier(form.tier());
        Long camBefore = organization.getCam() == null ? null : organization.getCam().getId();
        Long damBefore = organization.getDam() == null ? null : organization.getDam().getId();
        applyAssignments(organization, form);
        Organization saved = organizations.saveAndFlush(organization);
        publishManagerChange(saved, camBefore, damBefore);
        audit.organization(saved, "ORGANIZATION_UPDATE", before);
        return toRow(saved);
    }

    /** Open requests follow a new CAM/DAM (the request module listens), so nothing is left with the old one. */
    private void publishManagerChange(Organization organization, Long camBefore, Long damBefore) {
        Long camAfter = organization.getCam() == null ? null : organization.getCam().getId();
        Long damAfter = organization.getDam() == null ? null : organization.getDam().getId();
        if (organization.isTier1Partner() && camAfter != null && !camAfter.equals(camBefore)) {
            events.publishEvent(new AccountManagerChanged(organization.getId(), false, camAfter));
        }
        if (organization.getType() == OrganizationType.DISTRIBUTOR && damAfter != null && !damAfter.equals(damBefore)) {
            events.publishEvent(new AccountManagerChanged(organization.getId(), true, damAfter));
        }
    }

    private void validate(OrganizationForm form) {
        inputValidator.validate(form);
        boolean partner = form.type() == OrganizationType.PARTNER;
        if (partner && form.tier() == null) {
            throw new FieldValidationException("tier", "organization.error.tier-required");
        }
        if (!partner && form.tier() != null) {
            throw new FieldValidationException("tier", "organization.error.tier-only-partners");
        }
        if (form.camId() != null && form.tier() != PartnerTier.TIER_1) {
            throw new FieldValidationException("camId", "organization.error.cam-only-tier1");
        }
        if (form.damId() != null && form.type() != OrganizationType.DISTRIBUTOR) {
            throw new FieldValidationException("damId", "organization.error.dam-only-distributors");
        }
        if (form.distributorIds() != null && !form.distributorIds().isEmpty() && form.tier() != PartnerTier.TIER_2) {
            throw new FieldValidationException("distributorIds", "organization.error.distributors-only-tier2");
        }
    }

    private void applyAssignments(Organization organization, OrganizationForm form) {
        organization.setCam(form.camId() == null ? null : manager(form.camId(), Role.CAM, "camId"));
        organization.setDam(form.damId() == null ? null : manager(form.damId(), Role.DAM, "damId"));
        Set<Organization> distributors = new HashSet<>();
        for (Long distributorId : form.distributorIds() == null ? Set.<Long>of() : form.distributorIds()) {
            Organization distributor = organizations.findById(distributorId)
                    .filter(o -> o.getType() == OrganizationType.DISTRIBUTOR)
                    .orElseThrow(() -> new FieldValidationException("distributorIds", "organization.error.not-a-distributor"));
            distributors.add(distributor);
        }
        organization.getDistributors().retainAll(distributors);
        organization.getDistributors().addAll(distributors);
    }

    private AppUser manager(long userId, Role expected, String field) {
        AppUser user = users.findById(userId)
                .orElseThrow(() -> new FieldValidationException(field, "organization.error.user-missing"));
        if (user.getRole() != expected) {
            // The role's name is itself a message: the message source translates such an argument.
            throw new FieldValidationException(field, "organization.error.wrong-manager-role",
                    user.getDisplayName(), new DefaultMessageSourceResolvable(expected.messageKey()));
        }
        if (!user.isEnabled()) {
            throw new FieldValidationException(field, "organization.error.manager-disabled", user.getDisplayName());
        }
        return user;
    }

    private static Specification<Organization> specification(OrganizationFilter filter) {
        return (root, query, cb) -> {
            if (query != null && Long.class != query.getResultType()) {
                root.fetch("cam", JoinType.LEFT); // avoid a lazy load per grid row
                root.fetch("dam", JoinType.LEFT);
            }
            List<Predicate> predicates = new ArrayList<>();
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
                predicates.add(cb.like(cb.lower(root.get("name")), "%" + filter.nameContains().trim().toLowerCase() + "%"));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static OrganizationRow toRow(Organization organization) {
        List<Organization> distributors = organization.getDistributors().stream()
                .sorted(Comparator.comparing(Organization::getName)).toList();
        AppUser cam = organization.getCam();
        AppUser dam = organization.getDam();
        return new OrganizationRow(organization.getId(), organization.getVersion(), organization.getName(),
                organization.getType(), organization.getTier(), organization.getCountry(),
                cam == null ? null : cam.getId(), cam == null ? null : cam.getDisplayName(),
                dam == null ? null : dam.getId(), dam == null ? null : dam.getDisplayName(),
                distributors.stream().map(Organization::getId).toList(),
                distributors.stream().map(Organization::getName).toList());
    }
}
