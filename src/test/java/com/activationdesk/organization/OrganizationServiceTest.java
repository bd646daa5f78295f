package com.activationdesk.organization;

import java.util.Locale;
import java.util.Set;

import com.activationdesk.IntegrationTest;
import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.organization.service.OrganizationFilter;
import com.activationdesk.organization.service.OrganizationForm;
import com.activationdesk.organization.service.OrganizationRow;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.UserFilter;
import com.activationdesk.organization.service.UserService;
import com.activationdesk.testdata.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.VENDOR_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules an admin meets when maintaining organisations, checked in the service (demo data seeded). */
@IntegrationTest
@WithUserDetails(VENDOR_ADMIN)
class OrganizationServiceTest {

    @Autowired
    OrganizationService organizations;

    @Autowired
    UserService users;

    @Autowired
    MessageSource messages;

    @Test
    void createsTier1PartnerWithCam() {
        String name = Unique.name("Service Partner");
        long cam = userId(CAM1);

        OrganizationRow created = organizations.create(
                new OrganizationForm(name, OrganizationType.PARTNER, PartnerTier.TIER_1, "DE", cam, null, Set.of()));

        assertThat(organizations.get(created.id()).camName()).isEqualTo("Clara Kanal");
        assertThat(organizations.find(new OrganizationFilter(OrganizationType.PARTNER, name), PageRequest.of(0, 10)))
                .extracting(OrganizationRow::name).containsExactly(name);
    }

    @Test
    void refusesUserWithAnotherRoleAsCamWithTranslatedMessage() {
        long dam = userId(DAM1);

        assertThatThrownBy(() -> organizations.create(new OrganizationForm(Unique.name("Wrong CAM"), OrganizationType.PARTNER,
                PartnerTier.TIER_1, "DE", dam, null, Set.of())))
                .isInstanceOfSatisfying(FieldValidationException.class, error -> {
                    assertThat(error.getField()).isEqualTo("camId");
                    assertThat(error.getMessageKey()).isEqualTo("organization.error.wrong-manager-role");
                    assertThat(messages.getMessage(error.getMessageKey(), error.getArguments(), Locale.ENGLISH))
                            .isEqualTo("Dora Distri is not a Channel account manager (CAM).");
                    assertThat(messages.getMessage(error.getMessageKey(), error.getArguments(), Locale.GERMAN))
                            .isEqualTo("Dora Distri ist kein Channel Account Manager (CAM).");
                });
    }

    @Test
    void refusesCamForTier2Partner() {
        long cam = userId(CAM1);

        assertField(() -> organizations.create(new OrganizationForm(Unique.name("Tier 2 With CAM"), OrganizationType.PARTNER,
                PartnerTier.TIER_2, "DE", cam, null, Set.of())), "camId", "organization.error.cam-only-tier1");
    }

    @Test
    void refusesDistributorsForTier1Partner() {
        long alpha = organizationId(OrganizationType.DISTRIBUTOR, "Alpha Distribution GmbH");

        assertField(() -> organizations.create(new OrganizationForm(Unique.name("Tier 1 With Distributor"),
                        OrganizationType.PARTNER, PartnerTier.TIER_1, "DE", null, null, Set.of(alpha))),
                "distributorIds", "organization.error.distributors-only-tier2");
    }

    @Test
    void refusesDamForPartner() {
        long dam = userId(DAM1);

        assertField(() -> organizations.create(new OrganizationForm(Unique.name("Partner With DAM"), OrganizationType.PARTNER,
                PartnerTier.TIER_2, "DE", null, dam, Set.of())), "damId", "organization.error.dam-only-distributors");
    }

    @Test
    void refusesDuplicateNameOfTheSameTypeIgnoringCase() {
        assertField(() -> organizations.create(new OrganizationForm("nordlicht systemhaus gmbh", OrganizationType.PARTNER,
                PartnerTier.TIER_1, "DE", null, null, Set.of())), "name", "organization.error.duplicate-name");
    }

    @Test
    void refusesInvalidCountryCode() {
        assertField(() -> organizations.create(new OrganizationForm(Unique.name("Lower Country"), OrganizationType.VENDOR,
                null, "de", null, null, Set.of())), "country", "validation.country");
    }

    @Test
    void typeOfAnExistingOrganisationIsFixed() {
        OrganizationRow created = organizations.create(new OrganizationForm(Unique.name("Fixed Type"), OrganizationType.DISTRIBUTOR,
                null, "AT", null, null, Set.of()));

        assertField(() -> organizations.update(created.id(), created.version(), new OrganizationForm(created.name(),
                OrganizationType.VENDOR, null, "AT", null, null, Set.of())), "type", "organization.error.type-fixed");
    }

    @Test
    void staleVersionIsAConcurrentChange() {
        OrganizationRow created = organizations.create(new OrganizationForm(Unique.name("Versioned"), OrganizationType.DISTRIBUTOR,
                null, "DE", null, null, Set.of()));
        OrganizationForm renamed = new OrganizationForm(created.name() + " renamed", OrganizationType.DISTRIBUTOR,
                null, "DE", null, null, Set.of());
        OrganizationRow updated = organizations.update(created.id(), created.version(), renamed);
        assertThat(updated.version()).isGreaterThan(created.version());

        assertThatThrownBy(() -> organizations.update(created.id(), created.version(), renamed))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    @WithUserDetails(CAM1)
    void nonAdminIsDenied() {
        assertThatThrownBy(() -> organizations.find(OrganizationFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organizations.create(new OrganizationForm(Unique.name("Denied"), OrganizationType.VENDOR,
                null, "DE", null, null, Set.of()))).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertField(Runnable call, String field, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(FieldValidationException.class, error -> {
            assertThat(error.getField()).isEqualTo(field);
            assertThat(error.getMessageKey()).isEqualTo(messageKey);
        });
    }

    private long userId(String email) {
        return users.find(new UserFilter(null, null, email), PageRequest.of(0, 1)).getFirst().id();
    }

    private long organizationId(OrganizationType type, String name) {
        return organizations.findByType(type).stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** The database is shared by all tests of the context: every test makes its own names. */
}
