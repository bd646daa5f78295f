package com.activationdesk.security;

import com.activationdesk.ModuleTest;
import com.activationdesk.organization.domain.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Security with the modules it names (base, organization, audit — whose actor SPI it implements) and theirs (the
 * organization module records admin changes in the audit trail): a user of the table logs in with role and scope.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class SecurityModuleTest {

    @Autowired
    UserDetailsService userDetails;

    @Test
    void loadsTheLoginUserFromTheUserTable() {
        assertThat(userDetails.loadUserByUsername(CAM1)).isInstanceOfSatisfying(UserPrincipal.class,
                user -> assertThat(user.role()).isEqualTo(Role.CAM));
        assertThatThrownBy(() -> userDetails.loadUserByUsername("nobody@vendor.example"))
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
