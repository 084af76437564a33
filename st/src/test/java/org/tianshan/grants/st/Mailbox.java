package org.tianshan.grants.st;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An SMTP server for the tests (GreenMail) on the port the build reserved ({@code it.smtp.port}), where
 * the test domain's {@code mail/tianshan} sends. Runs in the test JVM only: never touch it from code
 * that runs inside the server.
 */
public final class Mailbox {

    private static GreenMail server;

    private Mailbox() {
    }

    public static synchronized void open() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails received so far for that address, in order of arrival. */
    public static synchronized List<MimeMessage> of(String address) {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : server.getReceivedMessages()) {
            if (isFor(mail, address)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** Waits until that address received {@code count} mails, or the time is up; returns what it has then. */
    public static List<MimeMessage> await(String address, int count, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        List<MimeMessage> mails = of(address);
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            mails = of(address);
        }
        return mails;
    }

    /** The text of a plain-text mail, decoded. */
    public static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    public static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    public static String from(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getFrom()[0]).getAddress();
        } catch (MessagingException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    private static boolean isFor(MimeMessage mail, String address) {
        try {
            return mail.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }
}
