package com.activationdesk.mail;

import java.time.Clock;
import java.time.Duration;

import com.activationdesk.invitation.ActivationLinkIssuer;
import com.activationdesk.organization.PasswordResetLinkIssuer;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Which SMTP server the outbox delivery gets at start-up: the built-in catcher outside production, or none in
 * the production jar without {@code spring.mail.host} — then the start fails and names the property to set.
 */
class MailServerStartupTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DevSmtpConfiguration.class, OutboxDeliveryJob.class)
            .withBean(OutboxStore.class, () -> mock(OutboxStore.class))
            .withBean(ActivationLinkIssuer.class, () -> mock(ActivationLinkIssuer.class))
            .withBean(PasswordResetLinkIssuer.class, () -> mock(PasswordResetLinkIssuer.class))
            .withBean(MailSettings.class, () -> new MailSettings("from@vendor.example", "from@vendor.example",
                    8, Duration.ofSeconds(30), Duration.ofMinutes(5), 50))
            .withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("activationdesk.dev-smtp.port=0");

    @Test
    void productionJarWithoutMailHostFailsNamingTheProperty() {
        context.withClassLoader(new FilteredClassLoader(GreenMail.class)).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("set spring.mail.host");
        });
    }

    @Test
    void prodProfileWithoutMailHostFailsNamingTheProperty() {
        context.withPropertyValues("spring.profiles.active=prod").run(started ->
                assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("set spring.mail.host"));
    }

    @Test
    void outsideProductionWithGreenMailStartsTheCatcher() {
        context.run(started -> assertThat(started).hasNotFailed().hasSingleBean(JavaMailSender.class)
                .hasSingleBean(GreenMail.class).hasSingleBean(SentMailCopies.class));
    }
}
