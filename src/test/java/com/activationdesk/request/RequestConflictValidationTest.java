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
import com.activationdesk.request.service.RequestForm;
import org.junit.jupiter.api.Test;

import static com.activationdesk.request.RequestFixtures.unique;
import static com.activationdesk.request.RequestFixtures.validData;
import static com.activationdesk.request.RequestFixtures.with;
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
}
