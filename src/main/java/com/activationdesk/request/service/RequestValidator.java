package com.activationdesk.request.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.activationdesk.base.domain.DomainException;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.request.domain.ActivationRequest;
import com.activationdesk.request.domain.DuplicateKeys;
import com.activationdesk.request.domain.ActivationRequestRepository;
import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.PlatformPlan;
import com.activationdesk.request.domain.RequestField;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.TenantAdministrator;
import com.activationdesk.request.domain.UnifyVideoAddressRepository;
import com.activationdesk.screening.CountryRules;
import com.activationdesk.screening.RequestScreening;
import com.activationdesk.sla.SlaProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every rule about the entered data (PROCESS.md "The request"), in one place for the form (field by field,
 * while typing) and the service (again on save and submit).
 */
@Component
public class RequestValidator {

    public static final int MAX_PLANNED_USERS = 100_000;

    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
    /** E.164: a plus, a country code not starting with 0, at most 15 digits in all. */
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Pattern WEBSITE = Pattern.compile("^(https?://)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** The languages invitations and the tenant come in. */
    private static final Set<String> LANGUAGES = Set.of("de", "en");

    private final ActivationRequestRepository requests;
    private final UnifyVideoAddressRepository unifyVideoAddresses;
    private final AppUserRepository users;
    private final Clock clock;
    private final ZoneId businessZone;
    private final CountryRules countryRules;
    private final RequestScreening screening;

    RequestValidator(ActivationRequestRepository requests, UnifyVideoAddressRepository unifyVideoAddresses,
                     AppUserRepository users, Clock clock, SlaProperties slaProperties, CountryRules countryRules,
                     RequestScreening screening) {
        this.countryRules = countryRules;
        this.screening = screening;
        this.requests = requests;
        this.unifyVideoAddresses = unifyVideoAddresses;
        this.users = users;
        this.clock = clock;
        this.businessZone = slaProperties.zone();
    }

    /**
     * All findings for the form. {@code complete} demands every required field (submission); without it only
     * what was entered is checked, so a half-filled draft can always be saved.
     *
     * @param requestId the request being edited, so it does not collide with itself; {@code null} for a new one
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> validate(RequestForm form, Organization partner, Long requestId, boolean complete) {
        CustomerData d = normalized(form.data());
        List<FieldProblem> problems = new ArrayList<>();
        for (RequestField field : RequestField.values()) {
            if (field.isMissing(d)) {
                if (complete && field.required()) {
                    problems.add(FieldProblem.error(field.key(), field.group() == RequestField.Group.DECLARATIONS
                            ? "validation.declaration-required" : "validation.required"));
                }
            } else if (field.isText() && ((String) field.value(d)).length() > field.maxLength()) {
                problems.add(FieldProblem.error(field.key(), "validation.max-length-n", field.maxLength()));
            } else {
                formatProblem(field, d, requestId).ifPresent(problems::add);
            }
        }
        problems.addAll(distributorProblems(form.distributorId(), partner, complete));
        problems.addAll(duplicateCustomerWarnings(d, requestId));
        return problems;
    }

    /** The rule beyond presence and length for an entered (normalised) value, where the field has one. */
    private Optional<FieldProblem> formatProblem(RequestField field, CustomerData d, Long requestId) {
        String key = field.key();
        return switch (field) {
            case COUNTRY -> problemIf(!COUNTRIES.contains(d.company().country()), key, "validation.country");
            case WEBSITE -> problemIf(!WEBSITE.matcher(d.company().website()).matches(), key, "validation.website");
            case ADMIN_EMAIL -> adminEmailProblem(d.administrator().email(), requestId);
            case ADMIN_PHONE -> problemIf(!PHONE.matcher(d.administrator().phone()).matches(), key, "validation.phone");
            case ADMIN_LANGUAGE -> problemIf(!LANGUAGES.contains(d.administrator().language()), key,
                    "validation.language");
            case PLANNED_USERS -> problemIf(d.plan().plannedUsers() < 1 || d.plan().plannedUsers() > MAX_PLANNED_USERS,
                    key, "validation.planned-users", MAX_PLANNED_USERS);
            case PLANNED_ROLLOUT_DATE -> problemIf(
                    d.plan().plannedRolloutDate().isBefore(LocalDate.now(clock.withZone(businessZone))), key,
                    "validation.date-in-past");
            default -> Optional.empty();
        };
    }

    private static Optional<FieldProblem> problemIf(boolean broken, String field, String messageKey,
                                                    Object... arguments) {
        return broken ? Optional.of(FieldProblem.error(field, messageKey, arguments)) : Optional.empty();
    }

    /** The administrator must get a new address: not one of Unify Video, not one another tenant or request uses. */
    private Optional<FieldProblem> adminEmailProblem(String email, Long requestId) {
        String key = RequestField.ADMIN_EMAIL.key();
        if (!EMAIL.matcher(email).matches()) {
            return problemIf(true, key, "validation.email");
        }
        if (unifyVideoAddresses.existsByEmail(email)) {
            return problemIf(true, key, "request.validation.email-unify-video");
        }
        if (requests.adminEmailInUse(email, RequestStatus.OPEN_OR_ACTIVATED, requestId)) {
            return problemIf(true, key, "request.validation.email-in-use");
        }
        return problemIf(users.existsByEmail(email), key, "request.validation.email-is-account");
    }

    private List<FieldProblem> distributorProblems(Long distributorId, Organization partner, boolean complete) {
        if (partner.isTier1Partner()) {
            return distributorId == null ? List.of()
                    : List.of(FieldProblem.error("distributorId", "request.validation.distributor-tier1"));
        }
        if (distributorId == null) {
            return complete ? List.of(FieldProblem.error("distributorId", "validation.required")) : List.of();
        }
        boolean linked = partner.getDistributors().stream().anyMatch(d -> d.getId().equals(distributorId));
        return linked ? List.of() : List.of(FieldProblem.error("distributorId", "request.validation.distributor-not-linked"));
    }

    /** Only a warning: a new tenant is needed for a first deployment, but the partner may know better. */
    private List<FieldProblem> duplicateCustomerWarnings(CustomerData d, Long requestId) {
        Company company = d.company();
        String vat = DuplicateKeys.normalizeVat(company.vatOrRegistrationNumber());
        String name = DuplicateKeys.normalizeName(company.name());
        if (vat == null && (name == null || company.country() == null)) {
            return List.of();
        }
        boolean exists = requests.customerExists(vat, name, company.country(), RequestStatus.OPEN_OR_ACTIVATED,
                requestId);
        return exists ? List.of(FieldProblem.warning(RequestField.CUSTOMER_NAME.key(),
                "request.validation.duplicate-customer")) : List.of();
    }

    /** Trimmed copies of the text fields, e-mail lower-case, country upper-case: what is stored and compared. */
    static CustomerData normalized(CustomerData d) {
        Company c = d.company();
        TenantAdministrator a = d.administrator();
        PlatformPlan p = d.plan();
        return new CustomerData(
                new Company(trimmed(c.name()), trimmed(c.otherNames()), trimmed(c.street()), trimmed(c.postalCode()),
                        trimmed(c.city()), c.country() == null ? null : trimmed(c.country().toUpperCase(Locale.ROOT)),
                        trimmed(c.vatOrRegistrationNumber()), trimmed(c.industry()), trimmed(c.intendedUse()),
                        trimmed(c.website())),
                new TenantAdministrator(trimmed(a.firstName()), trimmed(a.lastName()),
                        AppUser.normalizeEmail(trimmed(a.email())), trimmed(a.phone()), trimmed(a.language())),
                new PlatformPlan(p.platform(), trimmed(p.version()), p.licensing(), p.plannedUsers(),
                        p.plannedRolloutDate()),
                d.declarations());
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The request, if it may reach Cloud Ops: refused for an embargoed country (screening's rules) and while a
     * possible sanctions-list match is undecided. Screens again first when a list changed since the last time.
     */
    ActivationRequest forwardable(ActivationRequest request) {
        countryRules.requireNotBlocked(request.getData().company().country());
        long undecided = screening.undecidedAfterRescreen(ScreenedRequestsAdapter.of(request.getId(),
                request.getReference(), request.getData()));
        if (undecided > 0) {
            throw new DomainException("screening.undecided-matches", undecided);
        }
        return request;
    }
}
