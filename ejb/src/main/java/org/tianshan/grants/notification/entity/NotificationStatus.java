package org.tianshan.grants.notification.entity;

/**
 * Where a notification stands. SENDING is claimed and being handed to the mail server; the three
 * others are final: a notification is attempted once, never retried by redelivery.
 */
public enum NotificationStatus {
    SENDING, SENT, FAILED, NO_ADDRESS
}
