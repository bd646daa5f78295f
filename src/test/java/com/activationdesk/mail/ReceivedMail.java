package com.activationdesk.mail;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** A received message taken apart: subject, sender, Message-ID and the text and HTML parts. */
record ReceivedMail(String subject, String from, String replyTo, String messageId, String contentType, String text,
                    String html) {

    static ReceivedMail of(MimeMessage message) {
        try {
            String[] parts = new String[2];
            collect(message, parts);
            return new ReceivedMail(message.getSubject(), message.getFrom()[0].toString(),
                    message.getReplyTo()[0].toString(), message.getMessageID(), message.getContentType(), parts[0],
                    parts[1]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, String[] parts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            parts[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
            parts[1] = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, parts);
            }
        }
    }
}
