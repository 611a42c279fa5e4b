package com.ascendkit.journeys.engine.runtime.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Delivers outbox messages by SMTP (Angus Mail), one connection per message. The Message-ID header
 * is the stored one, so a redelivery carries the same id. Thread-safe.
 */
public final class SmtpMailer implements Mailer {
    private final SmtpConfig config;
    private final Session session;

    public SmtpMailer(SmtpConfig config) {
        this.config = config;
        Properties p = new Properties();
        String protocol = config.ssl() ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", config.host());
        p.put("mail." + protocol + ".port", String.valueOf(config.port()));
        p.put("mail." + protocol + ".auth", String.valueOf(config.username() != null));
        p.put("mail." + protocol + ".starttls.enable", String.valueOf(config.startTls()));
        p.put("mail." + protocol + ".starttls.required", String.valueOf(config.startTls()));
        String millis = String.valueOf(config.timeout().toMillis());
        p.put("mail." + protocol + ".connectiontimeout", millis);
        p.put("mail." + protocol + ".timeout", millis);
        p.put("mail." + protocol + ".writetimeout", millis);
        this.session = Session.getInstance(p);
    }

    @Override
    public void send(OutboxMessage m) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new StableIdMessage(session, m.messageId());
        message.setFrom(
                m.fromName() == null
                        ? new InternetAddress(m.from())
                        : new InternetAddress(m.from(), m.fromName(), "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.to()));
        message.setSubject(m.subject(), "UTF-8");
        if (m.html() != null && m.text() != null) {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(m.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(m.html(), "text/html; charset=UTF-8");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            message.setContent(alternative);
        } else if (m.html() != null) {
            message.setContent(m.html(), "text/html; charset=UTF-8");
        } else {
            message.setText(m.text() == null ? "" : m.text(), StandardCharsets.UTF_8.name());
        }
        message.saveChanges();
        if (config.username() == null) {
            Transport.send(message);
        } else {
            Transport.send(message, config.username(), config.password());
        }
    }

    /** A message whose Message-ID is given, not generated at each save. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
