package org.tianshan.grants.notification.boundary;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NoticeMailerTest {

    @Test
    void aFailureIsRecordedWithItsCausesOnOneLine() {
        MessagingException e = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525", new ConnectException("Connection refused"));
        assertEquals("MessagingException: Couldn't connect to host, port: 127.0.0.1, 2525 ← ConnectException: Connection refused",
                NoticeMailer.describe(e));
    }
}
