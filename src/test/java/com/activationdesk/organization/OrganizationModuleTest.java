package com.activationdesk.organization;

import com.activationdesk.ModuleTest;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.OrganizationFilter;
import com.activationdesk.organization.service.OrganizationService;
import com.activationdesk.organization.service.PasswordGuesses;
import com.activationdesk.organization.service.UserRow;
import com.activationdesk.organization.service.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.activationdesk.testdata.DemoUsers.OPS1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations with what they depend on (base, the audit trail): the demo organisations and users are seeded and
 * found by the services. The password encoder and the login protection are what it takes from the application
 * (security provides them), so the test gives them.
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class OrganizationModuleTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    UserService users;

    @Test
    void seedsAndFindsTheDemoOrganisationsAndUsers() {
        assertThat(organizations.count(OrganizationFilter.none())).isPositive();
        assertThat(users.findEnabledByRole(Role.CLOUD_OPS)).extracting(UserRow::email).contains(OPS1);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Passwords {

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        /** The login protection of "change my password" is the security module's; not used here. */
        @Bean
        PasswordGuesses passwordGuesses() {
            return new PasswordGuesses() {
                @Override
                public boolean locked(String email, String address) {
                    return false;
                }

                @Override
                public void wrong(String email, String address) {
                }
            };
        }
    }
}
