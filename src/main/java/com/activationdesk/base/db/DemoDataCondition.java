package com.activationdesk.base.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether demo data (logins with a published password) may be seeded: {@code activationdesk.demo-data.enabled} when
 * set, otherwise only into the embedded database. An external database is someone's real one; demo logins get
 * there only when switched on explicitly.
 */
public class DemoDataCondition implements Condition {

    public static final String PROPERTY = "activationdesk.demo-data.enabled";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Boolean explicit = context.getEnvironment().getProperty(PROPERTY, Boolean.class);
        return explicit != null ? explicit : NoDataSourceUrlCondition.embedded(context.getEnvironment());
    }
}
