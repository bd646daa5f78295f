package com.activationdesk.security;

import java.time.Clock;

import com.activationdesk.base.securitylog.SecurityEventLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The one authentication provider of the form login: the password check wrapped in login protection. */
@Configuration
class LoginProtectionConfiguration {

    @Bean
    AuthenticationProvider throttledAuthenticationProvider(UserDetailsService userDetails,
                                                           PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                                           SecurityEventLog securityLog, Clock clock) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetails);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        // Spring checks "disabled" before the password by default: a fast answer that would tell disabled accounts
        // apart. After the password, every known account costs one BCrypt (unknown ones a dummy BCrypt).
        passwordCheck.setPreAuthenticationChecks(user -> { });
        passwordCheck.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthenticationProvider(passwordCheck, throttle, securityLog, clock);
    }
}
