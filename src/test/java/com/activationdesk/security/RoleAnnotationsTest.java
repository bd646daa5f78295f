package com.activationdesk.security;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * JSR-250 method security is off (SecurityConfiguration): {@code @RolesAllowed}, {@code @PermitAll} and
 * {@code @DenyAll} are read only by Vaadin's navigation access control, on views and layouts. On a service or a
 * method they would protect nothing, so they may stand nowhere else; services use {@code @PreAuthorize}.
 */
class RoleAnnotationsTest {

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.activationdesk");

    @Test
    void roleAnnotationsStandOnlyOnViewsAndLayouts() {
        classes().that().areAnnotatedWith(RolesAllowed.class).or().areAnnotatedWith(PermitAll.class)
                .or().areAnnotatedWith(DenyAll.class)
                .should().beAssignableTo(Component.class)
                .because("only Vaadin's navigation access control reads them")
                .check(production);
        noMethods().should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .because("JSR-250 method security is off: use @PreAuthorize")
                .check(production);
    }
}
