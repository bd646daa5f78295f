package com.activationdesk.screening;

import java.util.List;

import com.activationdesk.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static com.activationdesk.screening.ScreeningFiles.awaitListUpdate;
import static com.activationdesk.screening.ScreeningFiles.OFAC;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.screening.ScreeningFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screening with only what it depends on (base, security and theirs), its request port played by the test: a list
 * imports, a listed name matches, and a screened request keeps an undecided match.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(ScreeningModuleTest.Port.class)
class ScreeningModuleTest {

    private static final ScreenedRequest REQUEST = new ScreenedRequest(4711, "UP-2026-04711", "VE",
            List.of(new ScreeningSubject("CUSTOMER", "Blue Horizon Trading GmbH"),
                    new ScreeningSubject("ADMINISTRATOR", "Erika Mustermann")));

    @Autowired
    SanctionsScreening screening;
    @Autowired
    RequestScreening requestScreening;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportedListIsScreenedWithoutALoggedInUser() {
        assertThat(screening.importList("OFAC_SDN_XML", stream(text(OFAC))).entries()).isEqualTo(2);
        awaitListUpdate(jdbc); // the import re-screens the port's request in the background
        assertThat(screening.screen("Carlos Rivera", "VE")).first()
                .satisfies(match -> assertThat(match.reference()).isEqualTo("SDN 7001"));
        assertThat(requestScreening.undecidedAfterRescreen(REQUEST)).isEqualTo(1);
    }

    /** The request module implements the port in the application; here a fixed request stands in. */
    @TestConfiguration
    static class Port {
        @Bean
        ScreenedRequests screenedRequests() {
            return new ScreenedRequests() {
                @Override
                public ScreenedRequest visible(long requestId) {
                    return REQUEST;
                }

                @Override
                public void lock(long requestId) {
                }

                @Override
                public void rejectForConfirmedMatch(long requestId) {
                    throw new UnsupportedOperationException("no request module in this test");
                }

                @Override
                public java.util.List<RescreenTarget> rescreenTargets() {
                    return java.util.List.of(new RescreenTarget(REQUEST.requestId(), true));
                }

                @Override
                public java.util.Optional<ScreenedRequest> find(long requestId) {
                    return java.util.Optional.of(REQUEST);
                }
            };
        }
    }
}
