package com.activationdesk.organization;

import java.util.List;

import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.PasswordPolicy;
import com.activationdesk.organization.service.PasswordProperties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The first administrator from the configuration: under the one password policy, and asked to change it. */
class AdminBootstrapTest {

    private final OrganizationRepository organizations = mock(OrganizationRepository.class);
    private final AppUserRepository users = mock(AppUserRepository.class);

    @Test
    void theBootstrapPasswordMustBeChangedAtTheFirstLogin() {
        when(users.findByRoleAndEnabledTrueOrderByDisplayName(Role.ADMIN)).thenReturn(List.of());
        when(organizations.findByTypeOrderByName(OrganizationType.VENDOR))
                .thenReturn(List.of(new Organization("Unify", OrganizationType.VENDOR, null, "DE")));

        bootstrap("choose-a-long-one-2026").run(null);

        ArgumentCaptor<AppUser> admin = ArgumentCaptor.forClass(AppUser.class);
        verify(users).save(admin.capture());
        assertThat(admin.getValue().getEmail()).isEqualTo("first@vendor.example");
        assertThat(admin.getValue().isPasswordChangeRequired()).isTrue();
    }

    @Test
    void aPasswordBreakingThePolicyStopsTheStartWithTheRules() {
        when(users.findByRoleAndEnabledTrueOrderByDisplayName(Role.ADMIN)).thenReturn(List.of());

        assertThatIllegalStateException().isThrownBy(() -> bootstrap("password1234").run(null))
                .withMessageContaining("activationdesk.bootstrap-admin.password").withMessageContaining("NOT_COMMON");
        assertThatIllegalStateException().isThrownBy(() -> bootstrap("first@vendor.example").run(null))
                .withMessageContaining("NOT_EMAIL");
    }

    @SuppressWarnings("deprecation") // a plain-text encoder is enough to see what is stored
    private AdminBootstrap bootstrap(String password) {
        return new AdminBootstrap(organizations, users, NoOpPasswordEncoder.getInstance(),
                new PasswordPolicy(new PasswordProperties(12, 128)), "first@vendor.example", password, "Unify");
    }
}
