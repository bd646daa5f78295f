package com.activationdesk.mail;

import java.util.Properties;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Outside production, without {@code spring.mail.host}: an SMTP server (GreenMail) inside the app that accepts
 * every mail and delivers it nowhere, and the mail sender pointed at it. So a fresh checkout sends real SMTP
 * with no set-up, and the mail log shows every mail (a sent invitation with its working link, read from the
 * catcher's memory, {@link CaughtMails}). GreenMail is an optional
 * dependency and not in the production jar; production configures {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@Conditional(NoMailHostCondition.class)
@EnableConfigurationProperties(DevSmtpProperties.class)
class DevSmtpConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevSmtpConfiguration.class);
    private static final String HOST = "127.0.0.1";

    @Bean(destroyMethod = "stop")
    GreenMail devSmtpServer(DevSmtpProperties properties) {
        ServerSetup setup = new ServerSetup(properties.port(), HOST, ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(properties.port() == 0 ? setup.dynamicPort() : setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        log.info("Development SMTP catcher (GreenMail) listening on {}:{}; set spring.mail.host to use a real server",
                HOST, server.getSmtp().getPort());
        return server;
    }

    /** Lets the mail log show a sent invitation's working link, read from memory, never from a table. */
    @Bean
    SentMailCopies devSentMailCopies(GreenMail devSmtpServer) {
        return new CaughtMails(devSmtpServer);
    }

    @Bean
    JavaMailSender devMailSender(GreenMail devSmtpServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(HOST);
        sender.setPort(devSmtpServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        properties.setProperty("mail.smtp.writetimeout", "5000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
