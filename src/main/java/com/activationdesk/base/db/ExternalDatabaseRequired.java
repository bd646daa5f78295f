package com.activationdesk.base.db;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * In the {@code prod} profile the data lives in an external MariaDB, never in a database the application starts
 * itself (and would keep in a local directory): without {@code spring.datasource.url} start-up stops here, before
 * any bean is created, with a message that says what to set.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
@Conditional(NoDataSourceUrlCondition.class)
class ExternalDatabaseRequired implements BeanFactoryPostProcessor {

    static final String MESSAGE = "The prod profile needs an external MariaDB: set SPRING_DATASOURCE_URL (e.g. "
            + "jdbc:mariadb://db-host:3306/activationdesk) with SPRING_DATASOURCE_USERNAME and "
            + "SPRING_DATASOURCE_PASSWORD. The embedded database never starts in prod.";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        throw new IllegalStateException(MESSAGE);
    }
}
