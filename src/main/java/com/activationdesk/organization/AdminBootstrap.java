package com.activationdesk.organization;

import java.util.List;

import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import com.activationdesk.organization.service.PasswordPolicy;
import com.activationdesk.organization.service.PasswordRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * A production database starts without users (no demo data): when no ADMIN exists and
 * {@code activationdesk.bootstrap-admin.email} / {@code .password} are set, the first administrator is created
 * with the vendor organisation, so everything else can be set up in the UI.
 */
@Component
@Order(5)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final OrganizationRepository organizations;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final String email;
    private final String password;
    private final String vendorName;

    AdminBootstrap(OrganizationRepository organizations, AppUserRepository users, PasswordEncoder passwordEncoder,
                   PasswordPolicy passwordPolicy,
                   @Value("${activationdesk.bootstrap-admin.email:}") String email,
                   @Value("${activationdesk.bootstrap-admin.password:}") String password,
                   @Value("${activationdesk.bootstrap-admin.vendor-name:Unify}") String vendorName) {
        this.organizations = organizations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.email = email;
        this.password = password;
        this.vendorName = vendorName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(email) || !users.findByRoleAndEnabledTrueOrderByDisplayName(Role.ADMIN).isEmpty()) {
            return;
        }
        List<PasswordRule> broken = passwordPolicy.violations(password, email);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("activationdesk.bootstrap-admin.password breaks the password rules "
                    + broken + ": at least " + passwordPolicy.minLength()
                    + " characters, not a common password, not the e-mail address");
        }
        Organization vendor = organizations.findByTypeOrderByName(OrganizationType.VENDOR).stream().findFirst()
                .orElseGet(() -> organizations.save(new Organization(vendorName, OrganizationType.VENDOR, null, "DE")));
        AppUser admin = new AppUser(email, "Administrator", passwordEncoder.encode(password), Role.ADMIN, vendor);
        // The password sits in the configuration: the administrator must replace it at the first login.
        admin.setPassword(admin.getPasswordHash(), false);
        users.save(admin);
        log.info("Created the first administrator {}; the configured password must be changed at the first login",
                AppUser.normalizeEmail(email));
    }
}
