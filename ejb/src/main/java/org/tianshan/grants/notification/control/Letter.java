package org.tianshan.grants.notification.control;

/** A rendered notification mail: its subject line and plain-text body. */
public record Letter(String subject, String body) {
}
