package com.activationdesk.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.activationdesk.IntegrationTest;
import com.activationdesk.MutableClock;
import com.activationdesk.RunAs;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.activationdesk.testdata.TestInstants.MONDAY_0900;

/**
 * Base of every mail test: the whole application on the embedded MariaDB, sending over real SMTP to a GreenMail
 * server in the test JVM. All subclasses share one Spring context. GreenMail runs per test class (not per
 * method, which would break the cached context) on one port fixed for the whole JVM, because the cached context
 * keeps pointing at the port it was created with while each class restarts the server.
 */
@IntegrationTest
abstract class MailIntegrationTest {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    MutableClock clock;
    @Autowired
    RunAs runAs;
    @Autowired
    OutboxDeliveryJob deliveryJob;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate transaction;

    /** Starts each test with an empty mailbox and nothing due from earlier tests. */
    @BeforeEach
    void emptyMailboxAndOutbox() {
        transaction = new TransactionTemplate(transactionManager);
        clock.set(MONDAY_0900);
        deliveryJob.deliverDue();
        purgeMailbox();
    }

    /** Empties the mailbox, delivers everything due and returns what GreenMail received by this delivery. */
    List<MimeMessage> deliverAndReceive() {
        purgeMailbox();
        deliveryJob.deliverDue();
        return List.of(greenMail.getReceivedMessages());
    }

    static void purgeMailbox() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The received mails to this address whose subject names the request reference. */
    static List<MimeMessage> to(List<MimeMessage> messages, String recipient, String reference) {
        return messages.stream().filter(m -> recipients(m).contains(recipient) && subject(m).contains(reference))
                .toList();
    }

    static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    long outboxRows(String sqlCondition, Object... parameters) {
        var statement = jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE " + sqlCondition);
        for (Object parameter : parameters) {
            statement = statement.param(parameter);
        }
        return statement.query(Long.class).single();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
