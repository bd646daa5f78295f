package com.activationdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Boots the module of the annotated test class alone ({@code mode} says which other modules come along) on its own
 * embedded MariaDB with the test clock, like {@link IntegrationTest} but without the rest of the application.
 * {@code base} always comes along: it owns the embedded database; so does {@code sla}, whose business zone (a
 * {@code ZoneId} bean) the shell in base reads without knowing the module. Each module has one such test: it proves the
 * module starts with only what its {@code allowedDependencies} name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(extraIncludes = {"base", "sla"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
// readiness names contributors of other modules (mail's outbox), which a module booted alone does not have
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
public @interface ModuleTest {

    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.STANDALONE;
}
