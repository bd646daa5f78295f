package com.activationdesk.request.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.request.domain.DuplicateKeys;
import com.activationdesk.request.domain.ActivationRequestRepository;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.domain.UnifyVideoAddressRepository;
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

    private final ActivationRequestRepository requests;
    private final UnifyVideoAddressRepository unifyVideoAddresses;
    private final AppUserRepository users;
    private final Clock clock;
    private final ZoneId businessZone;

    RequestValidator(ActivationRequestRepository requests, UnifyVideoAddressRepository unifyVideoAddresses,
                     AppUserRepository users, Clock clock, SlaProperties slaProperties) {
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
        required(problems, complete, "customerName", d.customerName(), 200);
        optional(problems, "customerOtherNames", d.customerOtherNames(), 500);
        required(problems, complete, "street", d.street(), 200);
        required(problems, complete, "postalCode", d.postalCode(), 20);
        required(problems, complete, "city", d.city(), 100);
        if (required(problems, complete, "country", d.country(), 2) && !COUNTRIES.contains(d.country())) {
            problems.add(FieldProblem.error("country", "validation.country"));
        }
        required(problems, complete, "vatOrRegistrationNumber", d.vatOrRegistrationNumber(), 50);
        required(problems, complete, "industry", d.industry(), 100);
        required(problems, complete, "intendedUse", d.intendedUse(), 2000);
        if (optional(problems, "website", d.website(), 200) && !WEBSITE.matcher(d.website().trim()).matches()) {
            problems.add(FieldProblem.error("website", "validation.website"));
        }
        required(problems, complete, "adminFirstName", d.adminFirstName(), 100);
        required(problems, complete, "adminLastName", d.adminLastName(), 100);
        if (required(problems, complete, "adminEmail", d.adminEmail(), 254)) {
            problems.addAll(adminEmailProblems(d.adminEmail(), requestId));
        }
        if (required(problems, complete, "adminPhone", d.adminPhone(), 20) && !PHONE.matcher(d.adminPhone().trim()).matches()) {
            problems.add(FieldProblem.error("adminPhone", "validation.phone"));
        }
        if (required(problems, complete, "adminLanguage", d.adminLanguage(), 2)
                && !Set.of("de", "en").contains(d.adminLanguage())) {
            problems.add(FieldProblem.error("adminLanguage", "validation.language"));
        }
        present(problems, complete, "platform", d.platform());
        required(problems, complete, "platformVersion", d.platformVersion(), 50);
        present(problems, complete, "licensing", d.licensing());
        if (present(problems, complete, "plannedUsers", d.plannedUsers())
                && (d.plannedUsers() < 1 || d.plannedUsers() > MAX_PLANNED_USERS)) {
            problems.add(FieldProblem.error("plannedUsers", "validation.planned-users", MAX_PLANNED_USERS));
        }
        if (present(problems, complete, "plannedRolloutDate", d.plannedRolloutDate())
                && d.plannedRolloutDate().isBefore(LocalDate.now(clock.withZone(businessZone)))) {
            problems.add(FieldProblem.error("plannedRolloutDate", "validation.date-in-past"));
        }
        if (complete && !d.declarationNoUnifyVideo()) {
            problems.add(FieldProblem.error("declarationNoUnifyVideo", "validation.declaration-required"));
        }
        if (complete && !d.declarationDataCorrect()) {
            problems.add(FieldProblem.error("declarationDataCorrect", "validation.declaration-required"));
        }
        problems.addAll(distributorProblems(form.distributorId(), partner, complete));
        problems.addAll(duplicateCustomerWarnings(d, requestId));
        return problems;
    }

    /** The administrator must get a new address: not one of Unify Video, not one another tenant or request uses. */
    List<FieldProblem> adminEmailProblems(String rawEmail, Long requestId) {
        String email = AppUser.normalizeEmail(rawEmail);
        if (!EMAIL.matcher(email).matches()) {
            return List.of(FieldProblem.error("adminEmail", "validation.email"));
        }
        if (unifyVideoAddresses.existsByEmail(email)) {
            return List.of(FieldProblem.error("adminEmail", "request.validation.email-unify-video"));
        }
        if (requests.adminEmailInUse(email, RequestStatus.OPEN_OR_ACTIVATED, requestId)) {
            return List.of(FieldProblem.error("adminEmail", "request.validation.email-in-use"));
        }
        if (users.existsByEmail(email)) {
            return List.of(FieldProblem.error("adminEmail", "request.validation.email-is-account"));
        }
        return List.of();
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
        String vat = DuplicateKeys.normalizeVat(d.vatOrRegistrationNumber());
        String name = DuplicateKeys.normalizeName(d.customerName());
        if (vat == null && (name == null || d.country() == null)) {
            return List.of();
        }
        boolean exists = requests.customerExists(vat, name, d.country(), RequestStatus.OPEN_OR_ACTIVATED, requestId);
        return exists ? List.of(FieldProblem.warning("customerName", "request.validation.duplicate-customer")) : List.of();
    }

    /** Checks presence (when complete) and length; true when a value is there to check further. */
    private static boolean required(List<FieldProblem> problems, boolean complete, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            if (complete) {
                problems.add(FieldProblem.error(field, "validation.required"));
            }
            return false;
        }
        return withinLength(problems, field, value, maxLength);
    }

    private static boolean optional(List<FieldProblem> problems, String field, String value, int maxLength) {
        return value != null && !value.isBlank() && withinLength(problems, field, value, maxLength);
    }

    private static boolean withinLength(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            problems.add(FieldProblem.error(field, "validation.max-length-n", maxLength));
            return false;
        }
        return true;
    }

    private static boolean present(List<FieldProblem> problems, boolean complete, String field, Object value) {
        if (value == null && complete) {
            problems.add(FieldProblem.error(field, "validation.required"));
        }
        return value != null;
    }

    /** Trimmed copies of the text fields, e-mail lower-case, country upper-case: what is stored and compared. */
    static CustomerData normalized(CustomerData d) {
        Function<String, String> t = value -> value == null || value.isBlank() ? null : value.trim();
        return new CustomerData(t.apply(d.customerName()), t.apply(d.customerOtherNames()), t.apply(d.street()),
                t.apply(d.postalCode()), t.apply(d.city()),
                d.country() == null ? null : t.apply(d.country().toUpperCase(Locale.ROOT)),
                t.apply(d.vatOrRegistrationNumber()), t.apply(d.industry()), t.apply(d.intendedUse()),
                t.apply(d.website()), t.apply(d.adminFirstName()), t.apply(d.adminLastName()),
                AppUser.normalizeEmail(t.apply(d.adminEmail())), t.apply(d.adminPhone()), t.apply(d.adminLanguage()),
                d.platform(), t.apply(d.platformVersion()), d.licensing(), d.plannedUsers(), d.plannedRolloutDate(),
                d.declarationNoUnifyVideo(), d.declarationDataCorrect());
    }
}
