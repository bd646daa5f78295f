package com.activationdesk.screening;

import com.activationdesk.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static com.activationdesk.screening.ScreeningFiles.OFAC;
import static com.activationdesk.screening.ScreeningFiles.stream;
import static com.activationdesk.screening.ScreeningFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Screening with only what it depends on (base, security and theirs): a list imports and a listed name matches. */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ScreeningModuleTest {

    @Autowired
    SanctionsScreening screening;

    @Test
    void anImportedListIsScreenedWithoutALoggedInUser() {
        assertThat(screening.importList("OFAC_SDN_XML", stream(text(OFAC))).entries()).isEqualTo(2);
        assertThat(screening.screen("Carlos Rivera", "VE")).first()
                .satisfies(match -> assertThat(match.reference()).isEqualTo("SDN 7001"));
    }
}
