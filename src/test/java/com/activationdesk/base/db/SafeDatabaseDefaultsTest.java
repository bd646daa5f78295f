package com.activationdesk.base.db;

import com.activationdesk.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * #11 item 8: demo logins go into the embedded database only, unless switched on explicitly; the {@code prod}
 * profile never starts the embedded database and stops with a message naming the missing setting.
 */
class SafeDatabaseDefaultsTest {

    private static final String EXTERNAL_URL = "spring.datasource.url=jdbc:mariadb://db.example:3306/activationdesk";

    private final ApplicationContextRunner demoData = new ApplicationContextRunner()
            .withUserConfiguration(DemoDataProbe.class);

    @Test
    void demoDataIsSeededIntoTheEmbeddedDatabaseByDefault() {
        demoData.run(context -> assertThat(context).hasSingleBean(DemoDataProbe.Seeded.class));
    }

    @Test
    void anExternalDatabaseGetsNoDemoDataByDefault() {
        demoData.withPropertyValues(EXTERNAL_URL)
                .run(context -> assertThat(context).doesNotHaveBean(DemoDataProbe.Seeded.class));
    }

    @Test
    void anExternalDatabaseGetsDemoDataOnlyWhenSwitchedOnExplicitly() {
        demoData.withPropertyValues(EXTERNAL_URL, DemoDataCondition.PROPERTY + "=true")
                .run(context -> assertThat(context).hasSingleBean(DemoDataProbe.Seeded.class));
    }

    @Test
    void demoDataCanBeSwitchedOffForTheEmbeddedDatabase() {
        demoData.withPropertyValues(DemoDataCondition.PROPERTY + "=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoDataProbe.Seeded.class));
    }

    /** The whole application in the prod profile, started as an operator would, without a database URL. */
    @Test
    void prodWithoutADatabaseUrlStopsAtOnceNamingTheSetting() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(Application.class)
                .profiles("prod").web(WebApplicationType.NONE);

        // An empty URL overrides one passed to the test run for the external-database suite (README).
        assertThatThrownBy(() -> application.run("--spring.datasource.url=",
                "--activationdesk.public-base-url=https://activation.example.com"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(ExternalDatabaseRequired.MESSAGE)
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DemoDataCondition.class)
    static class DemoDataProbe {

        record Seeded() {
        }

        @Bean
        Seeded seeded() {
            return new Seeded();
        }
    }
}
