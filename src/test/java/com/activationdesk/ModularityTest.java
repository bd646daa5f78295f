package com.activationdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module is listed, and each may use only what its {@code allowedDependencies} name (package-info.java):
 * another module's top package or one of its named interfaces, never in a cycle.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void everyModuleIsListed() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("base", "security", "organization", "sla", "audit", "request",
                        "invitation", "mail", "dashboard", "screening", "demo", "api");
    }
}
