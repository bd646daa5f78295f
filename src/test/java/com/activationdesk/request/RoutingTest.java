package com.activationdesk.request;

import java.util.List;
import java.util.Locale;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.AuditTrail;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.InvalidRequestException;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.testdata.TestRequest;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.activationdesk.request.RequestValidationTestSupport.findings;
import static com.activationdesk.testdata.DemoUsers.CAM2;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Submission routes by tier (tier 1 to its CAM, tier 2 to the chosen distributor with the distributor's DAM), and
 * a missing assignment stops it with an error that names what is missing, leaving the request a draft.
 */
@IntegrationTest
class RoutingTest {

    @Autowired
    RequestService service;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    AppUserRepository users;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set(MONDAY_0900);
    }

    @ParameterizedTest
    @CsvSource({"user1@nordlicht.example, cam1@vendor.example", "user1@alpen-telecom.example, cam2@vendor.example"})
    void tier1GoesToReviewWithThePartnersCam(String partner, String cam) {
        RequestDetails draft = runAs.as(partner, () -> service.createDraft(TestRequest.valid(clock).form()));
        RequestDetails submitted = runAs.as(partner, () -> service.submit(draft.id(), draft.version()));

        assertThat(submitted.status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(submitted.responsibleManagerEmail()).isEqualTo(cam);
        assertThat(submitted.distributorId()).isNull();
        assertThat(submitted.submittedAt()).isEqualTo(MONDAY_0900);
        assertThat(runAs.as(cam, () -> service.get(draft.id()).allowedActions()))
                .containsExactly(RequestAction.RETURN, RequestAction.FORWARD_TO_CLOUD_OPS, RequestAction.REJECT);
    }

    @ParameterizedTest
    @CsvSource({
            "user1@bavaria-voice.example, Alpha, user1@alpha-dist.example, dam1@vendor.example",
            "user1@elbe-netz.example, Alpha, user1@alpha-dist.example, dam1@vendor.example",
            "user1@elbe-netz.example, Beta, user1@beta-dist.example, dam2@vendor.example",
            "user1@schwarzwald-connect.example, Beta, user1@beta-dist.example, dam2@vendor.example"})
    void tier2GoesToTheChosenDistributorWithItsDamResponsible(String partner, String distributorPrefix,
                                                              String distributorUser, String dam) {
        long distributor = distributor(distributorPrefix);
        RequestDetails draft = runAs.as(partner, () -> service.createDraft(TestRequest.valid(clock).viaDistributor(distributor).form()));
        RequestDetails submitted = runAs.as(partner, () -> service.submit(draft.id(), draft.version()));

        assertThat(submitted.status()).isEqualTo(RequestStatus.AT_DISTRIBUTOR);
        assertThat(submitted.distributorId()).isEqualTo(distributor);
        assertThat(submitted.responsibleManagerEmail()).isEqualTo(dam);
        assertThat(runAs.as(distributorUser, () -> service.get(draft.id()).allowedActions()))
                .containsExactly(RequestAction.PASS_TO_DAM, RequestAction.RETURN);
    }

    @Test
    void tier1PartnerWithoutCamIsToldAndTheRequestStaysDraft() {
        String tag = Unique.tag();
        Organization partner = organizations.save(
                new Organization("Ohne CAM " + tag + " GmbH", OrganizationType.PARTNER, PartnerTier.TIER_1, "DE"));
        String user = partnerUser(partner, tag);
        RequestDetails draft = runAs.as(user, () -> service.createDraft(TestRequest.valid(clock).form()));

        assertThatThrownBy(() -> runAs.as(user, () -> service.submit(draft.id(), draft.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("request.error.no-cam");
                    assertThat(e.getArguments()).containsExactly(partner.getName());
                    assertThat(english(e)).isEqualTo("No CAM is assigned to Ohne CAM " + tag
                            + " GmbH. Please ask the administrator to assign one; the request stays a draft.");
                });
        assertStillDraft(user, draft);

        // once the assignment exists, the same draft goes through
        Organization reloaded = organizations.findById(partner.getId()).orElseThrow();
        reloaded.setCam(users.findByEmail(CAM2).orElseThrow());
        organizations.save(reloaded);
        RequestDetails submitted = runAs.as(user, () -> service.submit(draft.id(), draft.version()));
        assertThat(submitted.status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(submitted.responsibleManagerEmail()).isEqualTo(CAM2);
    }

    @Test
    void distributorWithoutDamIsNamedAndTheRequestStaysDraft() {
        String tag = Unique.tag();
        Organization distributor = organizations.save(
                new Organization("Gamma Distribution " + tag, OrganizationType.DISTRIBUTOR, null, "DE"));
        Organization partner = new Organization("Über Gamma " + tag + " GmbH", OrganizationType.PARTNER,
                PartnerTier.TIER_2, "DE");
        partner.getDistributors().add(distributor);
        partner = organizations.save(partner);
        String user = partnerUser(partner, tag);
        RequestDetails draft = runAs.as(user, () -> service.createDraft(TestRequest.valid(clock).viaDistributor(distributor.getId()).form()));

        assertThatThrownBy(() -> runAs.as(user, () -> service.submit(draft.id(), draft.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("request.error.no-dam");
                    assertThat(e.getArguments()).containsExactly("Gamma Distribution " + tag);
                    assertThat(english(e)).isEqualTo("No DAM is assigned to the distributor Gamma Distribution " + tag
                            + ". Please ask the administrator to assign one; the request stays a draft.");
                });
        assertStillDraft(user, draft);
    }

    @Test
    void tier2PartnerCannotRouteThroughADistributorItIsNotLinkedTo() {
        String tag = Unique.tag();
        long alpha = distributor("Alpha");
        long beta = distributor("Beta");
        Organization partner = new Organization("Wechsel " + tag + " GmbH", OrganizationType.PARTNER,
                PartnerTier.TIER_2, "DE");
        partner.getDistributors().add(organizations.findById(alpha).orElseThrow());
        partner.getDistributors().add(organizations.findById(beta).orElseThrow());
        partner = organizations.save(partner);
        String user = partnerUser(partner, tag);
        long partnerId = partner.getId();

        // choosing a distributor the company does not work with is refused when saving
        RequestDetails draft = runAs.as(user, () -> service.createDraft(TestRequest.valid(clock).viaDistributor(beta).form()));
        jdbc.update("DELETE FROM partner_distributor WHERE partner_id = ? AND distributor_id = ?", partnerId, beta);
        assertThatThrownBy(() -> runAs.as(user, () -> service.saveDraft(draft.id(), draft.version(),
                TestRequest.valid(clock).viaDistributor(beta).form())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(findings(e.getProblems()))
                        .containsExactly("distributorId request.validation.distributor-not-linked"));

        // the draft saved before the link was removed cannot be submitted through it either
        assertThatThrownBy(() -> runAs.as(user, () -> service.submit(draft.id(), draft.version())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(findings(e.getProblems()))
                        .containsExactly("distributorId request.validation.distributor-not-linked"));
        assertStillDraft(user, draft);
    }

    private void assertStillDraft(String user, RequestDetails draft) {
        RequestDetails after = runAs.as(user, () -> service.get(draft.id()));
        assertThat(after.status()).isEqualTo(RequestStatus.DRAFT);
        assertThat(after.submittedAt()).isNull();
        assertThat(after.responsibleManagerId()).isNull();
        assertThat(after.version()).isEqualTo(draft.version());
        List<AuditEntryView> timeline = auditTrail.timeline(draft.id());
        assertThat(timeline).extracting(AuditEntryView::action).containsExactly("CREATE");
    }

    private String partnerUser(Organization partner, String tag) {
        String email = "user1@partner-" + tag + ".example";
        users.save(new AppUser(email, "Test " + tag, "{noop}unused", Role.PARTNER, partner));
        return email;
    }

    private long distributor(String namePrefix) {
        return organizations.findByTypeOrderByName(OrganizationType.DISTRIBUTOR).stream()
                .filter(o -> o.getName().startsWith(namePrefix)).findFirst().orElseThrow().getId();
    }

    private String english(DomainException e) {
        return messages.getMessage(e.getMessageKey(), e.getArguments(), Locale.ENGLISH);
    }
}
