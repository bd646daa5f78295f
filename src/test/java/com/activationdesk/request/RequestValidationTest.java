package com.activationdesk.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.FieldProblem;
import com.activationdesk.request.service.InvalidRequestException;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.request.service.UnifyVideoRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.activationdesk.request.RequestFixtures.field;
import static com.activationdesk.request.RequestFixtures.unique;
import static com.activationdesk.request.RequestFixtures.validData;
import static com.activationdesk.request.RequestFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every rule of PROCESS.md "The request", each with a passing and a failing case: through
 * {@link RequestService#check} as the partner's form calls it, and through save and submit, where the service
 * checks again. Findings are compared as "field key" (warnings marked), so an unexpected extra finding fails too.
 */
@IntegrationTest
class RequestValidationTest {

    /** Monday 7 December 2026, 09:00 in Berlin. */
    static final Instant MONDAY_0900 = Instant.parse("2026-12-07T08:00:00Z");

    static final String TIER1 = "user1@nordlicht.example";
    static final String OTHER_TIER1 = "user1@alpen-telecom.example";
    static final String TIER2_ALPHA = "user1@bavaria-voice.example";
    static final String TIER2_ALPHA_AND_BETA = "user1@elbe-netz.example";

    @Autowired
    RequestService service;
    @Autowired
    UnifyVideoRegister register;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    AppUserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set(MONDAY_0900);
    }

    @Test
    void completeValidRequestHasNoFindingsAndIsSubmitted() {
        CustomerData data = validData();
        assertThat(findings(check(TIER1, data))).isEmpty();
        RequestDetails draft = create(TIER1, data);
        RequestDetails submitted = runAs.as(TIER1, () -> service.submit(draft.id(), draft.version()));
        assertThat(submitted.status()).isEqualTo(RequestStatus.IN_REVIEW);
    }

    // ---- required fields -----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"customerName", "street", "postalCode", "city", "country", "vatOrRegistrationNumber",
            "industry", "intendedUse", "adminFirstName", "adminLastName", "adminEmail", "adminPhone", "adminLanguage",
            "platform", "platformVersion", "licensing", "plannedUsers", "plannedRolloutDate"})
    void everyRequiredFieldIsRequiredOnSubmitButNotInADraft(String field) {
        CustomerData data = with(validData(), field, missingValue(field));

        assertThat(findings(check(TIER1, data))).containsExactly(field + " validation.required");
        assertThat(findings(check(TIER1, data, null, null, false))).isEmpty();

        RequestDetails draft = create(TIER1, data); // a draft may lack it
        assertSubmitRefused(TIER1, draft, field + " validation.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"declarationNoUnifyVideo", "declarationDataCorrect"})
    void declarationsAreRequiredOnSubmitOnly(String declaration) {
        CustomerData data = with(validData(), declaration, false);

        assertThat(findings(check(TIER1, data))).containsExactly(declaration + " validation.declaration-required");
        assertThat(findings(check(TIER1, data, null, null, false))).isEmpty();
        assertSubmitRefused(TIER1, create(TIER1, data), declaration + " validation.declaration-required");
    }

    // ---- formats and ranges --------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "first.last+tag@sub.kunde.example, true",
            "MiXed.Case@Kunde.Example, true",
            "no-at-sign.kunde.example, false",
            "two@@kunde.example, false",
            "space inside@kunde.example, false",
            "nodomain@kunde, false",
            "@kunde.example, false"})
    void administratorEmailMustBeAnAddress(String address, boolean valid) {
        // valid addresses get a unique prefix: every test run must use new ones
        String email = valid ? unique() + "." + address : address;
        List<String> findings = findings(check(TIER1, with(validData(), "adminEmail", email)));
        if (valid) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).containsExactly("adminEmail validation.email");
        }
    }

    @ParameterizedTest
    @CsvSource({"DE, true", "de, true", "' at ', true", "XX, false", "D1, false", "ZZ, false"})
    void countryIsAnIsoAlpha2Code(String country, boolean valid) {
        List<String> findings = findings(check(TIER1, with(validData(), "country", country)));
        if (valid) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).containsExactly("country validation.country");
        }
    }

    @Test
    void lowerCaseCountryIsStoredUpperCase() {
        RequestDetails draft = create(TIER1, with(validData(), "country", "de"));
        assertThat(draft.data().company().country()).isEqualTo("DE");
        assertThat(findings(check(TIER1, with(validData(), "country", "DEU"))))
                .containsExactly("country validation.max-length-n");
    }

    @ParameterizedTest
    @CsvSource({
            "+4989123456, true",
            "+12025550123, true",
            "+123456789012345, true", // 15 digits: the E.164 maximum
            "+1234567890123456, false", // 16 digits
            "089123456, false",
            "+49 89 123456, false",
            "+0891234567, false",
            "+49-89-123456, false",
            "+49123, false"})
    void phoneIsE164(String phone, boolean valid) {
        List<String> findings = findings(check(TIER1, with(validData(), "adminPhone", phone)));
        if (valid) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).containsExactly("adminPhone validation.phone");
        }
    }

    @ParameterizedTest
    @CsvSource({"0, false", "1, true", "100000, true", "100001, false", "-5, false"})
    void plannedUsersBetweenOneAndOneHundredThousand(int users, boolean valid) {
        List<FieldProblem> problems = check(TIER1, with(validData(), "plannedUsers", users));
        if (valid) {
            assertThat(findings(problems)).isEmpty();
            assertThat(create(TIER1, with(validData(), "plannedUsers", users)).data().plan().plannedUsers()).isEqualTo(users);
        } else {
            assertThat(findings(problems)).containsExactly("plannedUsers validation.planned-users");
            assertThat(problems.getFirst().arguments()).containsExactly(100_000);
            assertDraftRefused(TIER1, with(validData(), "plannedUsers", users), "plannedUsers validation.planned-users");
        }
    }

    @Test
    void rolloutDateMustNotBeBeforeTodayInBerlin() {
        // 23:30 UTC on Monday 7 December is already Tuesday 00:30 in Berlin: "today" is the 8th
        clock.set(Instant.parse("2026-12-07T23:30:00Z"));
        LocalDate utcToday = LocalDate.of(2026, 12, 7);
        LocalDate berlinToday = LocalDate.of(2026, 12, 8);
        assertThat(findings(check(TIER1, with(validData(), "plannedRolloutDate", utcToday))))
                .containsExactly("plannedRolloutDate validation.date-in-past");
        assertThat(findings(check(TIER1, with(validData(), "plannedRolloutDate", berlinToday)))).isEmpty();
        assertThat(findings(check(TIER1, with(validData(), "plannedRolloutDate", berlinToday.minusDays(30)))))
                .containsExactly("plannedRolloutDate validation.date-in-past");
    }

    @Test
    void rolloutDateIsCheckedAgainOnSubmit() {
        clock.set(Instant.parse("2026-12-07T10:00:00Z")); // Monday 11:00 in Berlin
        CustomerData data = with(validData(), "plannedRolloutDate", LocalDate.of(2026, 12, 7));
        RequestDetails draft = create(TIER1, data); // today: fine when saved

        clock.set(Instant.parse("2026-12-07T23:30:00Z")); // the same evening, past midnight in Berlin
        assertSubmitRefused(TIER1, draft, "plannedRolloutDate validation.date-in-past");

        RequestDetails corrected = runAs.as(TIER1, () -> service.saveDraft(draft.id(), draft.version(),
                new RequestForm(with(data, "plannedRolloutDate", LocalDate.of(2026, 12, 8)), null)));
        assertThat(runAs.as(TIER1, () -> service.submit(draft.id(), corrected.version())).status())
                .isEqualTo(RequestStatus.IN_REVIEW);
    }

    @ParameterizedTest
    @CsvSource({
            "https://www.kunde.example/kontakt, true",
            "http://kunde.example, true",
            "kunde.example, true",
            "not a website, false",
            "ftp://kunde.example, false",
            "https://localhost, false",
            "https://kunde .example, false"})
    void websiteIsOptionalButMustBeAWebAddress(String website, boolean valid) {
        assertThat(findings(check(TIER1, with(validData(), "website", null)))).isEmpty();
        assertThat(findings(check(TIER1, with(validData(), "website", "  ")))).isEmpty();
        List<String> findings = findings(check(TIER1, with(validData(), "website", website)));
        if (valid) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).containsExactly("website validation.website");
        }
    }

    // ---- the administrator's address must be new -----------------------------------------------------------

    @Test
    void addressInTheUnifyVideoRegisterIsRefusedWhateverItsCase() {
        String tag = unique();
        String address = "video-" + tag + "@legacy.example";
        String registered = "VIDEO-" + tag.toUpperCase() + "@Legacy.Example";
        assertThat(findings(check(TIER1, with(validData(), "adminEmail", address)))).isEmpty();
        RequestDetails draft = create(TIER1, with(validData(), "adminEmail", address));

        importIntoRegister(registered);

        assertThat(findings(check(TIER1, with(validData(), "adminEmail", address))))
                .containsExactly("adminEmail request.validation.email-unify-video");
        assertThat(findings(check(TIER1, with(validData(), "adminEmail", address.toUpperCase()))))
                .containsExactly("adminEmail request.validation.email-unify-video");
        assertSubmitRefused(TIER1, draft, "adminEmail request.validation.email-unify-video");
    }

    @Test
    void addressOfAnotherOpenRequestIsRefusedUntilThatRequestIsWithdrawnOrRejected() {
        CustomerData first = validData();
        String address = first.administrator().email();
        RequestDetails open = create(TIER1, first);
        CustomerData second = with(validData(), "adminEmail", address.toUpperCase());

        // another partner, same address in other case
        assertThat(findings(check(OTHER_TIER1, second))).containsExactly("adminEmail request.validation.email-in-use");
        assertDraftRefused(OTHER_TIER1, second, "adminEmail request.validation.email-in-use");
        // the request being edited does not collide with itself
        assertThat(findings(check(TIER1, first, null, open.id(), true))).isEmpty();

        runAs.run(TIER1, () -> service.withdraw(open.id(), open.version(), null));
        assertThat(findings(check(OTHER_TIER1, second))).isEmpty();

        // a rejected request frees its address as well
        CustomerData third = validData();
        RequestDetails rejectedDraft = create(TIER1, third);
        RequestDetails inReview = runAs.as(TIER1, () -> service.submit(rejectedDraft.id(), rejectedDraft.version()));
        CustomerData fourth = with(validData(), "adminEmail", third.administrator().email());
        assertThat(findings(check(OTHER_TIER1, fourth))).containsExactly("adminEmail request.validation.email-in-use");
        runAs.run("cam1@vendor.example", () -> service.reject(inReview.id(), inReview.version(), "not eligible"));
        assertThat(findings(check(OTHER_TIER1, fourth))).isEmpty();
        assertThat(create(OTHER_TIER1, fourth).status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void submitChecksTheAddressAgainstOtherOpenRequestsOnceMore() {
        RequestDetails mine = create(TIER1, validData());
        RequestDetails theirs = create(OTHER_TIER1, validData());
        // two drafts saved at the same moment can end up with one address (no lock spans the check and the save)
        jdbc.update("UPDATE activation_request SET admin_email = ? WHERE id = ?", mine.data().administrator().email(), theirs.id());
        assertSubmitRefused(TIER1, mine, "adminEmail request.validation.email-in-use");
    }

    @Test
    void addressOfAnExistingUserAccountIsRefused() {
        assertThat(findings(check(TIER1, with(validData(), "adminEmail", "User2@Nordlicht.Example"))))
                .containsExactly("adminEmail request.validation.email-is-account");

        CustomerData data = validData();
        RequestDetails draft = create(TIER1, data);
        // the account is created after the draft was saved: submit notices
        users.save(new AppUser(data.administrator().email(), "Late Account", "{noop}unused", Role.PARTNER,
                organizations.findByTypeOrderByName(OrganizationType.PARTNER).getFirst()));
        assertSubmitRefused(TIER1, draft, "adminEmail request.validation.email-is-account");
    }

    // ---- duplicate customer: a warning, never a block ------------------------------------------------------

    @Test
    void sameVatNumberInAnotherFormatWarnsButDoesNotBlock() {
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
        String formatted = "DE " + digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6);
        create(TIER1, with(validData(), "vatOrRegistrationNumber", formatted));

        CustomerData sameCustomer = with(validData(), "vatOrRegistrationNumber", "de" + digits);
        List<FieldProblem> problems = check(OTHER_TIER1, sameCustomer);
        assertThat(findings(problems)).containsExactly("customerName request.validation.duplicate-customer (warning)");
        assertThat(problems).noneMatch(FieldProblem::blocking);

        RequestDetails draft = create(OTHER_TIER1, sameCustomer);
        RequestDetails submitted = runAs.as(OTHER_TIER1, () -> service.submit(draft.id(), draft.version()));
        assertThat(submitted.status()).isEqualTo(RequestStatus.IN_REVIEW);

        assertThat(findings(check(OTHER_TIER1, with(validData(), "vatOrRegistrationNumber", "DE" + digits + "0"))))
                .isEmpty();
    }

    @Test
    void sameNormalisedNameInTheSameCountryWarnsButNotInAnotherCountry() {
        String tag = unique();
        CustomerData first = with(validData(), "customerName", "Müller Logistik " + tag + " GmbH & Co. KG");
        RequestDetails existing = create(TIER1, first);

        CustomerData sameName = with(validData(), "customerName",
                "MÜLLER-LOGISTIK " + tag.toUpperCase() + " GmbH & Co KG");
        assertThat(findings(check(OTHER_TIER1, sameName)))
                .containsExactly("customerName request.validation.duplicate-customer (warning)");
        assertThat(findings(check(OTHER_TIER1, with(sameName, "country", "AT")))).isEmpty();
        assertThat(findings(check(OTHER_TIER1, with(sameName, "customerName", "Müller Logistik " + tag + " Süd GmbH"))))
                .isEmpty();

        // only open or activated requests count
        runAs.run(TIER1, () -> service.withdraw(existing.id(), existing.version(), null));
        assertThat(findings(check(OTHER_TIER1, sameName))).isEmpty();
    }

    // ---- routing choice ------------------------------------------------------------------------------------

    @Test
    void tier2MustNameALinkedDistributorAndTier1None() {
        long alpha = distributor("Alpha");
        long beta = distributor("Beta");

        assertThat(findings(check(TIER2_ALPHA, validData(), alpha, null, true))).isEmpty();
        assertThat(findings(check(TIER2_ALPHA, validData(), beta, null, true)))
                .containsExactly("distributorId request.validation.distributor-not-linked");
        assertThat(findings(check(TIER2_ALPHA_AND_BETA, validData(), beta, null, true))).isEmpty();
        assertThat(findings(check(TIER2_ALPHA, validData(), null, null, true)))
                .containsExactly("distributorId validation.required");
        assertThat(findings(check(TIER2_ALPHA, validData(), null, null, false))).isEmpty();
        assertThat(findings(check(TIER1, validData(), alpha, null, true)))
                .containsExactly("distributorId request.validation.distributor-tier1");

        assertThatThrownBy(() -> runAs.as(TIER2_ALPHA, () -> service.createDraft(new RequestForm(validData(), beta))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(findings(e.getProblems()))
                        .containsExactly("distributorId request.validation.distributor-not-linked"));
        assertThatThrownBy(() -> runAs.as(TIER1, () -> service.createDraft(new RequestForm(validData(), alpha))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(findings(e.getProblems()))
                        .containsExactly("distributorId request.validation.distributor-tier1"));

        RequestDetails withoutDistributor = runAs.as(TIER2_ALPHA,
                () -> service.createDraft(new RequestForm(validData(), null)));
        assertSubmitRefused(TIER2_ALPHA, withoutDistributor, "distributorId validation.required");
    }

    // ---- lengths and drafts --------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"customerName, 200", "customerOtherNames, 500", "street, 200", "postalCode, 20", "city, 100",
            "vatOrRegistrationNumber, 50", "industry, 100", "intendedUse, 2000", "website, 200", "adminFirstName, 100",
            "adminLastName, 100", "adminEmail, 254", "platformVersion, 50"})
    void maximumLengthFitsTheColumnAndOneMoreIsRefused(String field, int max) {
        String atMax = valueOfLength(field, max);
        assertThat(atMax).hasSize(max);
        assertThat(findings(check(TIER1, with(validData(), field, atMax)))).isEmpty();
        RequestDetails saved = create(TIER1, with(validData(), field, atMax)); // MariaDB takes it as it is
        Object stored = field(field).printable(saved.data());
        assertThat(field(field).printable(runAs.as(TIER1, () -> service.get(saved.id())).data())).isEqualTo(stored);
        assertThat(stored).isEqualTo(field.equals("adminEmail") ? atMax.toLowerCase() : atMax);

        String tooLong = valueOfLength(field, max + 1);
        List<FieldProblem> problems = check(TIER1, with(validData(), field, tooLong));
        assertThat(findings(problems)).containsExactly(field + " validation.max-length-n");
        assertThat(problems.getFirst().arguments()).containsExactly(max);
        assertDraftRefused(TIER1, with(validData(), field, tooLong), field + " validation.max-length-n");
    }

    @Test
    void halfFilledDraftSavesAndCanBeCompletedLater() {
        CustomerData half = with(with(CustomerData.EMPTY, "customerName", "Halb " + unique() + " AG"), "city", "Leipzig");
        RequestDetails draft = runAs.as(TIER2_ALPHA, () -> service.createDraft(new RequestForm(half, null)));
        assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(draft.data().company().city()).isEqualTo("Leipzig");
        assertThat(check(TIER2_ALPHA, half, null, draft.id(), false)).noneMatch(FieldProblem::blocking);
        // complete, it would lack 16 fields, 2 declarations and the distributor
        assertThat(findings(check(TIER2_ALPHA, half, null, draft.id(), true))).hasSize(16 + 2 + 1);

        RequestDetails completed = runAs.as(TIER2_ALPHA, () -> service.saveDraft(draft.id(), draft.version(),
                new RequestForm(validData(), distributor("Alpha"))));
        assertThat(runAs.as(TIER2_ALPHA, () -> service.submit(draft.id(), completed.version())).status())
                .isEqualTo(RequestStatus.AT_DISTRIBUTOR);
    }

    @Test
    void malformedFieldInADraftIsRefusedWithEveryAffectedField() {
        CustomerData malformed = with(with(validData(), "adminEmail", "not-an-address"), "plannedUsers", 0);
        long before = countRequests();
        assertThatThrownBy(() -> runAs.as(TIER1, () -> service.createDraft(new RequestForm(malformed, null))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("request.error.invalid");
                    assertThat(findings(e.getProblems()))
                            .containsExactly("adminEmail validation.email", "plannedUsers validation.planned-users");
                });
        assertThat(countRequests()).isEqualTo(before);

        CustomerData data = validData();
        RequestDetails draft = create(TIER1, data);
        assertThatThrownBy(() -> runAs.as(TIER1, () -> service.saveDraft(draft.id(), draft.version(),
                new RequestForm(with(data, "adminPhone", "0171 12345"), null))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(findings(e.getProblems()))
                        .containsExactly("adminPhone validation.phone"));
        RequestDetails unchanged = runAs.as(TIER1, () -> service.get(draft.id()));
        assertThat(unchanged.data().administrator().phone()).isEqualTo(data.administrator().phone());
        assertThat(unchanged.version()).isEqualTo(draft.version());
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private List<FieldProblem> check(String partner, CustomerData data) {
        return check(partner, data, null, null, true);
    }

    private List<FieldProblem> check(String partner, CustomerData data, Long distributorId, Long requestId,
                                     boolean complete) {
        return runAs.as(partner, () -> service.check(new RequestForm(data, distributorId), requestId, complete));
    }

    /** "field key", warnings marked, in the validator's order. */
    static List<String> findings(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> p.field() + " " + p.messageKey() + (p.blocking() ? "" : " (warning)"))
                .toList();
    }

    private RequestDetails create(String partner, CustomerData data) {
        return runAs.as(partner, () -> service.createDraft(new RequestForm(data, null)));
    }

    private void assertSubmitRefused(String partner, RequestDetails draft, String... expectedFindings) {
        assertThatThrownBy(() -> runAs.as(partner, () -> service.submit(draft.id(), draft.version())))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(findings(e.getProblems())).containsExactly(expectedFindings));
        RequestDetails after = runAs.as(partner, () -> service.get(draft.id()));
        assertThat(after.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(after.submittedAt()).isNull();
    }

    private void assertDraftRefused(String partner, CustomerData data, String... expectedFindings) {
        assertThatThrownBy(() -> create(partner, data))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(findings(e.getProblems())).containsExactly(expectedFindings));
    }

    private void importIntoRegister(String address) {
        var report = runAs.as("ops1@vendor.example",
                () -> register.importCsv(new ByteArrayInputStream(address.getBytes(StandardCharsets.UTF_8))));
        assertThat(report.imported()).isEqualTo(1);
    }

    private long distributor(String namePrefix) {
        return organizations.findByTypeOrderByName(OrganizationType.DISTRIBUTOR).stream()
                .filter(o -> o.getName().startsWith(namePrefix)).findFirst().orElseThrow().getId();
    }

    private long countRequests() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM activation_request", Long.class);
    }

    /** What "missing" means for the field's type: blank text, or no value. */
    private static Object missingValue(String field) {
        return switch (field) {
            case "platform", "licensing", "plannedUsers", "plannedRolloutDate" -> null;
            default -> "   ";
        };
    }

    /** A value of exactly {@code length} characters that is well-formed for the field and unique to this run. */
    private static String valueOfLength(String field, int length) {
        String tag = unique();
        return switch (field) {
            case "website" -> "https://" + tag + "w".repeat(length - 8 - tag.length() - ".example".length()) + ".example";
            case "adminEmail" -> tag + "A".repeat(length - tag.length() - "@kunde.example".length()) + "@kunde.example";
            default -> tag + "x".repeat(length - tag.length());
        };
    }
}
