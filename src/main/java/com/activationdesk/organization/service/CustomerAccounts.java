package com.activationdesk.organization.service;

import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.organization.domain.AppUser;
import com.activationdesk.organization.domain.AppUserRepository;
import com.activationdesk.organization.domain.Organization;
import com.activationdesk.organization.domain.OrganizationRepository;
import com.activationdesk.organization.domain.OrganizationType;
import com.activationdesk.organization.domain.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end customer's organisation and its first administrator, created when the tenant administrator activates
 * the tenant through the invitation link.
 *
 * <p>Deliberately without {@code @PreAuthorize}: the invitee has no account yet and acts anonymously. Only the
 * activation flow (invitation module) calls this, after it has used a live invitation link in the same
 * transaction ({@link Propagation#MANDATORY}): the link is the authorisation, and a failure here puts the link
 * back unused.
 */
@Service
public class CustomerAccounts {

    /** Column length of {@code app_user.display_name}. */
    private static final int MAX_DISPLAY_NAME = 120;

    private final OrganizationRepository organizations;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;

    CustomerAccounts(OrganizationRepository organizations, AppUserRepository users, PasswordEncoder passwordEncoder,
                     PasswordPolicy passwordPolicy) {
        this.organizations = organizations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
    }

    /**
     * Creates an END_CUSTOMER organisation and its CUSTOMER_ADMIN user, who logs in with {@code adminEmail} and
     * {@code password}. An end-customer name may repeat (another tenant of the same company); e-mails may not.
     *
     * @param language {@code de} or {@code en}, the administrator's language from the request
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CustomerAccount createForActivation(String customerName, String country, String adminEmail,
                                               String adminFirstName, String adminLastName, String language,
                                               String password) {
        String email = AppUser.normalizeEmail(adminEmail);
        passwordPolicy.check(password, email);
        if (users.existsByEmail(email)) {
            throw new FieldValidationException("email", "user.error.duplicate-email", email);
        }
        Organization customer = organizations.save(
                new Organization(customerName.trim(), OrganizationType.END_CUSTOMER, null, country));
        String displayName = (adminFirstName.trim() + " " + adminLastName.trim()).trim();
        AppUser admin = new AppUser(email, displayName.substring(0, Math.min(displayName.length(), MAX_DISPLAY_NAME)),
                passwordEncoder.encode(password), Role.CUSTOMER_ADMIN, customer);
        admin.setPreferredLanguage(language);
        users.saveAndFlush(admin);
        return new CustomerAccount(customer.getId(), admin.getId(), admin.getEmail());
    }
}
