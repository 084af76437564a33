package org.tianshan.grants.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Hands a mail to the server of the JavaMail session {@code mail/tianshan} (host, port and sender
 * come from {@code config/asadmin/40-messaging.asadmin}). Plain UTF-8 text; the header
 * {@value #EVENT_HEADER} carries the event key, so a copy could be told apart by its receiver too.
 */
@Dependent
public class Postman {

    public static final String EVENT_HEADER = "X-Tianshan-Event";

    @Resource(lookup = "mail/tianshan")
    Session session;

    @Inject
    Clock clock;

    public void send(Outgoing mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();   // the session's mail.from: the resource's --fromaddress
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.email(), true));
        message.setSubject(mail.letter().subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.letter().body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader(EVENT_HEADER, mail.eventKey());
        Transport.send(message);
    }
}
