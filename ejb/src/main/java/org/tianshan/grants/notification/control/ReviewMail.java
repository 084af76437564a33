package org.tianshan.grants.notification.control;

import org.tianshan.grants.notification.entity.NotificationKind;

import java.time.Instant;

/**
 * One expert's mail about review tasks, written and not yet recorded: {@link Outbox#claim} records it under
 * {@code eventKey} (made from the run and the expert, or from the review) or finds it handled already.
 */
public record ReviewMail(String eventKey, NotificationKind kind, String action, Long runId, Long reviewId, Instant occurredAt,
                         long accountId, String email, Letter letter) {

    public boolean hasAddress() {
        return email != null && !email.isBlank();
    }
}
