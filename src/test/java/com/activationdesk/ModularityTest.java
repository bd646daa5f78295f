package com.activationdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** Feature modules may only use each other's published packages, and never in a cycle. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void featureModulesAreDetected() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("base", "organization", "security", "audit", "request", "sla");
    }
}
