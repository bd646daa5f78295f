package com.activationdesk.request;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.activationdesk.IntegrationTest;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.FieldProblem;
import com.activationdesk.request.service.InvalidRequestException;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of PROCESS.md "The request" that compare with stored data: the administrator's address must be new,
 * a known customer only warns, and the distributor must be one the partner is linked to.
 */
@IntegrationTest
class RequestConflictValidationTest extends RequestValidationTestSupport {

    // ---- the administrator's address must be new -----------------------------------------------------------

    @Test
    void addressInTheUnifyVideoRegisterIsRefusedWhateverItsCase() {
        String tag = Unique.tag();
        String address = "video-" + tag + "@legacy.example";
        String registered = "VIDEO-" + tag.toUpperCase() + "@Legacy.Example";
        assertThat(findings(check(TIER1, TestRequest.valid(clock).with("adminEmail", address).data()))).isEmpty();
        RequestDetails draft = create(TIER1, TestRequest.valid(clock).with("adminEmail", address).data());

        importIntoRegister(registered);

        assertThat(findings(check(TIER1, TestRequest.valid(clock).with("adminEmail", address).data())))
                .containsExactly("adminEmail request.validation.email-unify-video");
        assertThat(findings(check(TIER1, TestRequest.valid(clock).with("adminEmail", address.toUpperCase()).data())))
                .containsExactly("adminEmail request.validation.email-unify-video");
        assertSubmitRefused(TIER1, draft, "adminEmail request.validation.email-unify-video");
    }

    @Test
    void addressOfAnotherOpenRequestIsRefusedUntilThatRequestIsWithdrawnOrRejected() {
        CustomerData first = TestRequest.valid(clock).data();
        String address = first.administrator().email();
        RequestDetails open = create(TIER1, first);
        CustomerData second = TestRequest.valid(clock).with("adminEmail", address.toUpperCase()).data();

        // another partner, same address in other case
        assertThat(findings(check(OTHER_TIER1, second))).containsExactly("adminEmail request.validation.email-in-use");
        assertDraftRefused(OTHER_TIER1, second, "adminEmail request.validation.email-in-use");
        // the request being edited does not collide with itself
        assertThat(findings(check(TIER1, first, null, open.id(), true))).isEmpty();

        runAs.run(TIER1, () -> service.withdraw(open.id(), open.version(), null));
        assertThat(findings(check(OTHER_TIER1, second))).isEmpty();

        // a rejected request frees its address as well
        CustomerData third = TestRequest.valid(clock).data();
        RequestDetails rejectedDraft = create(TIER1, third);
        RequestDetails inReview = runAs.as(TIER1, () -> service.submit(rejectedDraft.id(), rejectedDraft.version()));
        CustomerData fourth = TestRequest.valid(clock).with("adminEmail", third.administrator().email()).data();
        assertThat(findings(check(OTHER_TIER1, fourth))).containsExactly("adminEmail request.validation.email-in-use");
        runAs.run(CAM1, () -> service.reject(inReview.id(), inReview.version(), "not eligible"));
        assertThat(findings(check(OTHER_TIER1, fourth))).isEmpty();
        assertThat(create(OTHER_TIER1, fourth).status()).isEqualTo(RequestStatus.DRAFT);
    }

    @Test
    void submitChecksTheAddressAgainstOtherOpenRequestsOnceMore() {
        RequestDetails mine = create(TIER1, TestRequest.valid(clock).data());
        RequestDetails theirs = create(OTHER_TIER1, TestRequest.valid(clock).data());
        // two drafts saved at the same moment can end up with one address (no lock spans the check and the save)
        jdbc.update("UPDATE activation_request SET admin_email = ? WHERE id = ?", mine.data().administrator().email(), theirs.id());
        assertSubmitRefused(TIER1, mine, "adminEmail request.validation.email-in-use");
    }

    @Test
    void addressOfAnExistingUserAccountIsRefused() {
        assertThat(findings(check(TIER1, TestRequest.valid(clock).with("adminEmail", "User2@Nordlicht.Example").data())))
                .containsExactly("adminEmail request.validation.email-is-account");

        CustomerData data = TestRequest.valid(clock).data();
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
        create(TIER1, TestRequest.valid(clock).with("vatOrRegistrationNumber", formatted).data());

        CustomerData sameCustomer = TestRequest.valid(clock).with("vatOrRegistrationNumber", "de" + digits).data();
        List<FieldProblem> problems = check(OTHER_TIER1, sameCustomer);
        assertThat(findings(problems)).containsExactly("customerName request.validation.duplicate-customer (warning)");
        assertThat(problems).noneMatch(FieldProblem::blocking);

        RequestDetails draft = create(OTHER_TIER1, sameCustomer);
        RequestDetails submitted = runAs.as(OTHER_TIER1, () -> service.submit(draft.id(), draft.version()));
        assertThat(submitted.status()).isEqualTo(RequestStatus.IN_REVIEW);

        assertThat(findings(check(OTHER_TIER1, TestRequest.valid(clock).with("vatOrRegistrationNumber", "DE" + digits + "0").data())))
                .isEmpty();
    }

    @Test
    void sameNormalisedNameInTheSameCountryWarnsButNotInAnotherCountry() {
        String tag = Unique.tag();
        CustomerData first = TestRequest.valid(clock).with("customerName", "Müller Logistik " + tag + " GmbH & Co. KG").data();
        RequestDetails existing = create(TIER1, first);

        CustomerData sameName = TestRequest.valid(clock).with("customerName", "MÜLLER-LOGISTIK " + tag.toUpperCase() + " GmbH & Co KG").data();
        assertThat(findings(check(OTHER_TIER1, sameName)))
                .containsExactly("customerName request.validation.duplicate-customer (warning)");
        assertThat(findings(check(OTHER_TIER1, TestRequest.of(sameName).with("country", "AT").data()))).isEmpty();
        assertThat(findings(check(OTHER_TIER1, TestRequest.of(sameName).with("customerName", "Müller Logistik " + tag + " Süd GmbH").data())))
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

        assertThat(findings(check(TIER2_ALPHA, TestRequest.valid(clock).data(), alpha, null, true))).isEmpty();
        assertThat(findings(check(TIER2_ALPHA, TestRequest.valid(clock).data(), beta, null, true)))
                .containsExactly("distributorId request.validation.distributor-not-linked");
        assertThat(findings(check(TIER2_ALPHA_AND_BETA, TestRequest.valid(clock).data(), beta, null, true))).isEmpty();
        assertThat(findings(check(TIER2_ALPHA, TestRequest.valid(clock).data(), null, null, true)))
                .containsExactly("distributorId validation.required");
        assertThat(findings(check(TIER2_ALPHA, TestRequest.valid(clock).data(), null, null, false))).isEmpty();
        assertThat(findings(check(TIER1, TestRequest.valid(clock).data(), alpha, null, true)))
                .containsExactly("distributorId request.validation.distributor-tier1");

        assertThatThrownBy(() -> runAs.as(TIER2_ALPHA, () -> service.createDraft(TestRequest.valid(clock).viaDistributor(beta).form())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(findings(e.getProblems()))
                        .containsExactly("distributorId request.validation.distributor-not-linked"));
        assertThatThrownBy(() -> runAs.as(TIER1, () -> service.createDraft(TestRequest.valid(clock).viaDistributor(alpha).form())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(findings(e.getProblems()))
                        .containsExactly("distributorId request.validation.distributor-tier1"));

        RequestDetails withoutDistributor = runAs.as(TIER2_ALPHA,
                () -> service.createDraft(TestRequest.valid(clock).form()));
        assertSubmitRefused(TIER2_ALPHA, withoutDistributor, "distributorId validation.required");
    }
}
