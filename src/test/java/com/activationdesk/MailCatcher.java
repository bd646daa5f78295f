package com.activationdesk;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** What the app's development SMTP catcher (GreenMail) received, read as the browser tests need it. */
public final class MailCatcher {

    private MailCatcher() {
    }

    /** The decoded plain-text parts of the mails to the address, oldest first. */
    public static List<String> textsTo(GreenMail catcher, String email) {
        return Arrays.stream(catcher.getReceivedMessages()).filter(mail -> sentTo(mail, email))
                .map(mail -> {
                    try {
                        return plainText(mail).orElseThrow(() -> new AssertionError("mail without a text part"));
                    } catch (MessagingException | IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private static boolean sentTo(MimeMessage mail, String email) {
        try {
            Object[] recipients = Optional.ofNullable(mail.getRecipients(Message.RecipientType.TO)).orElseThrow();
            return Arrays.stream(recipients).anyMatch(a -> email.equalsIgnoreCase(((InternetAddress) a).getAddress()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decoded, so quoted-printable line breaks cannot cut a link. */
    private static Optional<String> plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Optional.of((String) part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> text = plainText(child);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }
}
