package org.tianshan.grants.notification.control;

/** A mail that is recorded (SENDING) and now to be handed to the mail server. */
public record Outgoing(long notificationId, String eventKey, String email, Letter letter) {
}
