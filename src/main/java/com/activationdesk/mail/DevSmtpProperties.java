package com.activationdesk.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP catcher the app starts outside production when no {@code spring.mail.host} is set.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one (tests)
 */
@ConfigurationProperties("activationdesk.dev-smtp")
public record DevSmtpProperties(@DefaultValue("3025") int port) {
}
