package com.activationdesk.mail;

import java.io.IOException;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The development catcher's received mails, in memory only (they are gone when the app stops). */
class CaughtMails implements SentMailCopies {

    private final GreenMail server;

    CaughtMails(GreenMail server) {
        this.server = server;
    }

    @Override
    public Optional<RenderedMail> find(String messageId) {
        MimeMessage[] received = server.getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            try {
                if (messageId.equals(received[i].getMessageID())) {
                    return Optional.of(rendered(received[i]));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Mail " + messageId + " in the development catcher is unreadable", e);
            }
        }
        return Optional.empty();
    }

    private static RenderedMail rendered(MimeMessage message) throws MessagingException, IOException {
        String[] parts = {"", ""};
        collect(message, parts);
        return new RenderedMail(message.getSubject(), parts[0], parts[1]);
    }

    /** Our mails are multipart/alternative with one text and one HTML part (OutboxDeliveryJob#send). */
    private static void collect(Part part, String[] parts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            parts[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
            parts[1] = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        }
    }
}
