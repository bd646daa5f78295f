package com.activationdesk.request;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.activationdesk.request.domain.RequestStatus;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.screening.CountryBlockedException;
import com.activationdesk.screening.CountryEffect;
import com.activationdesk.screening.CountryRules;
import com.activationdesk.testdata.RequestSteps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.TestInstants.MONDAY_0900;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Screening's country rules at the forward step: an embargoed destination stays with the CAM/DAM. */
@IntegrationTest
class CountryRulesTest {

    @Autowired
    RequestService service;
    @Autowired
    CountryRules countryRules;
    @Autowired
    RunAs runAs;
    @Autowired
    MutableClock clock;

    private RequestSteps steps;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set(MONDAY_0900);
        steps = new RequestSteps(service, runAs, clock);
    }

    @Test
    void theConfiguredRulesNameCountryLegalReferenceAndEffect() {
        assertThat(countryRules.ruleFor("kp")).get().satisfies(rule -> {
            assertThat(rule.effect()).isEqualTo(CountryEffect.BLOCK);
            assertThat(rule.legalReference()).contains("2017/1509");
        });
        assertThat(countryRules.ruleFor("IR")).get().extracting(rule -> rule.effect()).isEqualTo(CountryEffect.REVIEW);
        assertThat(countryRules.ruleFor("DE")).isEmpty();
    }

    @Test
    void aRequestForABlockedCountryCannotBeForwarded() {
        RequestDetails submitted = steps.submit(NORDLICHT_USER1,
                steps.draft(NORDLICHT_USER1, steps.valid().withCountry("KP").form()));
        assertThatThrownBy(() -> steps.forward(CAM1, submitted)).isInstanceOf(CountryBlockedException.class)
                .satisfies(e -> assertThat(((CountryBlockedException) e).getArguments())
                        .containsExactly("KP", "Council Regulation (EU) 2017/1509 (DPRK)"));
        assertThat(runAs.as(CAM1, () -> service.get(submitted.id()).status())).isEqualTo(RequestStatus.IN_REVIEW);
    }

    @Test
    void aRequestForACountryUnderReviewIsForwarded() {
        RequestDetails submitted = steps.submit(NORDLICHT_USER1,
                steps.draft(NORDLICHT_USER1, steps.valid().withCountry("IR").form()));
        assertThat(steps.forward(CAM1, submitted).status()).isEqualTo(RequestStatus.AT_CLOUD_OPS);
    }
}
