package com.activationdesk.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.FieldProblem;
import com.activationdesk.request.service.InvalidRequestException;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestForm;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of PROCESS.md "The request" for single fields, each with a passing and a failing case: required on
 * submission only, formats and ranges, maximum lengths, and drafts that may stay incomplete but not malformed.
 */
@IntegrationTest
class RequestFieldValidationTest extends RequestValidationTestSupport {

    @Test
    void completeValidRequestHasNoFindingsAndIsSubmitted() {
        CustomerData data = TestRequest.valid(clock).data();
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
        CustomerData data = TestRequest.valid(clock).with(field, missingValue(field)).data();

        assertThat(findings(check(TIER1, data))).containsExactly(field + " validation.required");
        assertThat(findings(check(TIER1, data, null, null, false))).isEmpty();

        RequestDetails draft = create(TIER1, data); // a draft may lack it
        assertSubmitRefused(TIER1, draft, field + " validation.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"declarationNoUnifyVideo", "declarationDataCorrect"})
    void declarationsAreRequiredOnSubmitOnly(String declaration) {
        CustomerData data = TestRequest.valid(clock).with(declaration, false).data();

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
        String email = valid ? Unique.tag() + "." + address : address;
        List<String> findings = findings(check(TIER1, TestRequest.valid(clock).with("adminEmail", email).data()));
        if (valid) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).containsExactly("adminEmail validation.email");
        }
    }

    @ParameterizedTest
    @CsvSource({"DE, true", "de, true", "' at ', true", "XX, false", "D1, false", "ZZ, false"})
    void countryIsAnIsoAlpha2Code(String country, boolean valid) {
        List<String> findings = findings(check(TIER1, TestRequest.valid(clock).with("country", country).data()));
        if (valid) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).containsExactly("country validation.country");
        }
    }

    @Test
    void lowerCaseCountryIsStoredUpperCase() {
        RequestDetails draft = create(TIER1, TestRequest.valid(clock).with("country", "de").data());
        assertThat(draft.data().company().country()).isEqualTo("DE");
        assertThat(findings(check(TIER1, TestRequest.valid(clock).with("country", "DEU").data())))
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
        List<String> findings = findings(check(TIER1, TestRequest.valid(clock).with("adminPhone", phone).data()));
        if (valid) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).containsExactly("adminPhone validation.phone");
        }
    }

    @ParameterizedTest
    @CsvSource({"0, false", "1, true", "100000, true", "100001, false", "-5, false"})
    void plannedUsersBetweenOneAndOneHundredThousand(int users, boolean valid) {
        List<FieldProblem> problems = check(TIER1, TestRequest.valid(clock).with("plannedUsers", users).data());
        if (valid) {
            assertThat(findings(problems)).isEmpty();
            assertThat(create(TIER1, TestRequest.valid(clock).with("plannedUsers", users).data()).data().plan().plannedUsers()).isEqualTo(users);
        } else {
            assertThat(findings(problems)).containsExactly("plannedUsers validation.planned-users");
            assertThat(problems.getFirst().arguments()).containsExactly(100_000);
            assertDraftRefused(TIER1, TestRequest.valid(clock).with("plannedUsers", users).data(), "plannedUsers validation.planned-users");
        }
    }

    @Test
    void rolloutDateMustNotBeBeforeTodayInBerlin() {
        // 23:30 UTC on Monday 7 December is already Tuesday 00:30 in Berlin: "today" is the 8th
        clock.set(Instant.parse("2026-12-07T23:30:00Z"));
        LocalDate utcToday = LocalDate.of(2026, 12, 7);
        LocalDate berlinToday = LocalDate.of(2026, 12, 8);
        assertThat(findings(check(TIER1, TestRequest.valid(clock).with("plannedRolloutDate", utcToday).data())))
                .containsExactly("plannedRolloutDate validation.date-in-past");
        assertThat(findings(check(TIER1, TestRequest.valid(clock).with("plannedRolloutDate", berlinToday).data()))).isEmpty();
        assertThat(findings(check(TIER1, TestRequest.valid(clock).with("plannedRolloutDate", berlinToday.minusDays(30)).data())))
                .containsExactly("plannedRolloutDate validation.date-in-past");
    }

    @Test
    void rolloutDateIsCheckedAgainOnSubmit() {
        clock.set(Instant.parse("2026-12-07T10:00:00Z")); // Monday 11:00 in Berlin
        CustomerData data = TestRequest.valid(clock).with("plannedRolloutDate", LocalDate.of(2026, 12, 7)).data();
        RequestDetails draft = create(TIER1, data); // today: fine when saved

        clock.set(Instant.parse("2026-12-07T23:30:00Z")); // the same evening, past midnight in Berlin
        assertSubmitRefused(TIER1, draft, "plannedRolloutDate validation.date-in-past");

        RequestDetails corrected = runAs.as(TIER1, () -> service.saveDraft(draft.id(), draft.version(),
                TestRequest.of(data).with("plannedRolloutDate", LocalDate.of(2026, 12, 8)).form()));
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
        assertThat(findings(check(TIER1, TestRequest.valid(clock).with("website", null).data()))).isEmpty();
        assertThat(findings(check(TIER1, TestRequest.valid(clock).with("website", "  ").data()))).isEmpty();
        List<String> findings = findings(check(TIER1, TestRequest.valid(clock).with("website", website).data()));
        if (valid) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).containsExactly("website validation.website");
        }
    }

    // ---- lengths and drafts --------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"customerName, 200", "customerOtherNames, 500", "street, 200", "postalCode, 20", "city, 100",
            "vatOrRegistrationNumber, 50", "industry, 100", "intendedUse, 2000", "website, 200", "adminFirstName, 100",
            "adminLastName, 100", "adminEmail, 254", "platformVersion, 50"})
    void maximumLengthFitsTheColumnAndOneMoreIsRefused(String field, int max) {
        String atMax = valueOfLength(field, max);
        assertThat(atMax).hasSize(max);
        assertThat(findings(check(TIER1, TestRequest.valid(clock).with(field, atMax).data()))).isEmpty();
        RequestDetails saved = create(TIER1, TestRequest.valid(clock).with(field, atMax).data()); // MariaDB takes it as it is
        Object stored = TestRequest.field(field).printable(saved.data());
        assertThat(TestRequest.field(field).printable(runAs.as(TIER1, () -> service.get(saved.id())).data())).isEqualTo(stored);
        assertThat(stored).isEqualTo(field.equals("adminEmail") ? atMax.toLowerCase() : atMax);

        String tooLong = valueOfLength(field, max + 1);
        List<FieldProblem> problems = check(TIER1, TestRequest.valid(clock).with(field, tooLong).data());
        assertThat(findings(problems)).containsExactly(field + " validation.max-length-n");
        assertThat(problems.getFirst().arguments()).containsExactly(max);
        assertDraftRefused(TIER1, TestRequest.valid(clock).with(field, tooLong).data(), field + " validation.max-length-n");
    }

    @Test
    void halfFilledDraftSavesAndCanBeCompletedLater() {
        CustomerData half = TestRequest.empty().with("customerName", "Halb " + Unique.tag() + " AG").with("city", "Leipzig").data();
        RequestDetails draft = runAs.as(TIER2_ALPHA, () -> service.createDraft(new RequestForm(half, null)));
        assertThat(draft.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(draft.data().company().city()).isEqualTo("Leipzig");
        assertThat(check(TIER2_ALPHA, half, null, draft.id(), false)).noneMatch(FieldProblem::blocking);
        // complete, it would lack 16 fields, 2 declarations and the distributor
        assertThat(findings(check(TIER2_ALPHA, half, null, draft.id(), true))).hasSize(16 + 2 + 1);

        RequestDetails completed = runAs.as(TIER2_ALPHA, () -> service.saveDraft(draft.id(), draft.version(),
                TestRequest.valid(clock).viaDistributor(distributor("Alpha")).form()));
        assertThat(runAs.as(TIER2_ALPHA, () -> service.submit(draft.id(), completed.version())).status())
                .isEqualTo(RequestStatus.AT_DISTRIBUTOR);
    }

    @Test
    void malformedFieldInADraftIsRefusedWithEveryAffectedField() {
        CustomerData malformed = TestRequest.valid(clock).with("adminEmail", "not-an-address").with("plannedUsers", 0).data();
        long before = countRequests();
        assertThatThrownBy(() -> runAs.as(TIER1, () -> service.createDraft(new RequestForm(malformed, null))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("request.error.invalid");
                    assertThat(findings(e.getProblems()))
                            .containsExactly("adminEmail validation.email", "plannedUsers validation.planned-users");
                });
        assertThat(countRequests()).isEqualTo(before);

        CustomerData data = TestRequest.valid(clock).data();
        RequestDetails draft = create(TIER1, data);
        assertThatThrownBy(() -> runAs.as(TIER1, () -> service.saveDraft(draft.id(), draft.version(),
                TestRequest.of(data).with("adminPhone", "0171 12345").form())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(findings(e.getProblems()))
                        .containsExactly("adminPhone validation.phone"));
        RequestDetails unchanged = runAs.as(TIER1, () -> service.get(draft.id()));
        assertThat(unchanged.data().administrator().phone()).isEqualTo(data.administrator().phone());
        assertThat(unchanged.version()).isEqualTo(draft.version());
    }

    @Test
    void aRefusedNewRequestUsesUpNoReferenceNumber() {
        RequestDetails first = create(TIER1, TestRequest.valid(clock).data());
        CustomerData malformed = TestRequest.valid(clock).with("adminEmail", "not-an-address").data();
        assertThatThrownBy(() -> runAs.as(TIER1, () -> service.createDraft(new RequestForm(malformed, null))))
                .isInstanceOf(InvalidRequestException.class);

        RequestDetails next = create(TIER1, TestRequest.valid(clock).data());

        assertThat(referenceNumber(next)).isEqualTo(referenceNumber(first) + 1);
    }

    /** The running number of a reference like {@code UP-2026-000042}. */
    private static long referenceNumber(RequestDetails request) {
        return Long.parseLong(request.reference().substring(request.reference().lastIndexOf('-') + 1));
    }
}
