package com.activationdesk.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.activationdesk.base.scheduling.SchedulingConfiguration;
import com.activationdesk.invitation.ActivationLinkIssuer;
import com.activationdesk.organization.PasswordResetLinkIssuer;
import com.activationdesk.testdata.Unique;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two more application instances on the test's MariaDB, each with the real scheduling configuration (ShedLock on
 * the database clock), the real delivery job and its own SMTP client: when both run the job at the same moment,
 * exactly one run happens and every mail arrives once. The instances are slim contexts (data source, job, lock),
 * not whole applications, to keep the suite fast; what is under test is the lock, which lives in the database.
 */
class TwoInstancesTest extends MailIntegrationTest {

    /** Counts across both instances how many SMTP sends run at the same time. */
    static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    static final AtomicInteger MAX_IN_FLIGHT = new AtomicInteger();

    @Autowired
    DataSource dataSource;
    @Autowired
    MailOutbox outbox;
    @Autowired
    ApplicationContext applicationContext;

    @Test
    void theTestContextItselfSchedulesNothing() {
        // Spring Modulith "moments" would switch @EnableScheduling on behind activationdesk.scheduling.enabled=false.
        assertThat(applicationContext.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
    }

    @Test
    void aJobRunStartedOnTwoInstancesAtOnceHappensOnce() throws Exception {
        HikariDataSource database = dataSource.unwrap(HikariDataSource.class); // tests wrap it to count SQL
        ApplicationContextRunner instance = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
                        JdbcClientAutoConfiguration.class, AopAutoConfiguration.class))
                .withUserConfiguration(Instance.class)
                .withBean(Clock.class, () -> clock)
                .withPropertyValues("spring.datasource.url=" + database.getJdbcUrl(),
                        "spring.datasource.username=" + database.getUsername(),
                        "spring.datasource.password=" + (database.getPassword() == null ? "" : database.getPassword()),
                        "activationdesk.scheduling.enabled=true",
                        // the scheduled first run happens at start-up; the next one only after the test
                        "activationdesk.jobs.outbox-delay=PT1H",
                        // one mail per claim: two unlocked runs would interleave and both send
                        "activationdesk.mail.batch-size=1");

        instance.run(first -> instance.run(second -> {
            assertThat(first).hasNotFailed();
            assertThat(second).hasNotFailed();
            OutboxDeliveryJob jobA = first.getBean(OutboxDeliveryJob.class);
            OutboxDeliveryJob jobB = second.getBean(OutboxDeliveryJob.class);
            assertThat(AopUtils.isAopProxy(jobA)).as("ShedLock wraps the job").isTrue();
            // let the start-up runs of both instances finish (nothing is due for them)
            await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                    .until(() -> jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'outbox-delivery' AND lock_until > NOW(3)")
                            .query(Long.class).single() == 0);

            String batch = "S" + Unique.tag();
            List<String> recipients = IntStream.range(0, 8).mapToObj(i -> "i" + i + "-" + batch + "@partner.example").toList();
            transaction.executeWithoutResult(status -> recipients.forEach(recipient -> outbox.enqueue(
                    new OutgoingMail(batch + "-" + recipient, recipient, Locale.ENGLISH, NotificationMails.TEMPLATE,
                            Map.of("subject", "Two instances " + batch, "name", "Tester", "message", "Hello",
                                    "reference", batch, "customerName", "Kunde GmbH"), null, batch))));
            purgeMailbox();
            MAX_IN_FLIGHT.set(0);

            SlaAlertJobTest.runConcurrently(2, new Runnable() {
                private final AtomicInteger next = new AtomicInteger();

                @Override
                public void run() {
                    (next.getAndIncrement() == 0 ? jobA : jobB).deliverDue();
                }
            });

            int sentA = first.getBean(SlowCountingMailSender.class).sent.get();
            int sentB = second.getBean(SlowCountingMailSender.class).sent.get();
            assertThat(List.of(sentA, sentB)).as("one instance ran, the other skipped the run")
                    .containsExactlyInAnyOrder(0, 8);
            assertThat(MAX_IN_FLIGHT.get()).isEqualTo(1);
            List<MimeMessage> received = List.of(greenMail.getReceivedMessages());
            for (String recipient : recipients) {
                assertThat(to(received, recipient, batch)).as(recipient).hasSize(1);
            }
            assertThat(outboxRows("idempotency_key LIKE ? AND status = 'SENT' AND attempts = 1", batch + "%")).isEqualTo(8);
        }));
    }

    /**
     * One slim instance: its own data source, ShedLock and scheduler, and the real delivery job. Deliberately not
     * annotated {@code @Configuration}: a nested configuration class would replace the test's application context.
     */
    @EnableConfigurationProperties(MailSettings.class)
    @Import({SchedulingConfiguration.class, OutboxStore.class, OutboxDeliveryJob.class})
    static class Instance {

        /** The slim instance has no invitation module; this test sends no invitations. */
        @Bean
        ActivationLinkIssuer noInvitations() {
            return invitationId -> Optional.empty();
        }

        /** Nor an organisation module: no password-reset mails either. */
        @Bean
        PasswordResetLinkIssuer noPasswordResets() {
            return resetId -> Optional.empty();
        }

        @Bean
        SlowCountingMailSender mailSender() {
            SlowCountingMailSender sender = new SlowCountingMailSender();
            sender.setHost("127.0.0.1");
            sender.setPort(SMTP_PORT);
            return sender;
        }
    }

    /** An SMTP client that takes its time (so two runs would overlap) and counts what it sent. */
    static class SlowCountingMailSender extends JavaMailSenderImpl implements JavaMailSender {

        final AtomicInteger sent = new AtomicInteger();

        @Override
        public void send(MimeMessage... messages) {
            MAX_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
                super.send(messages);
                sent.addAndGet(messages.length);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                IN_FLIGHT.decrementAndGet();
            }
        }
    }
}
