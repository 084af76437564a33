package org.tianshan.grants.notification.entity;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.kernel.StateConflict;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTest {

    static final Instant T0 = Instant.parse("2026-03-02T02:05:00Z");

    static Notification to(String email) {
        return new Notification("k", NotificationKind.ENDORSED, 42, "APPLICATION_ENDORSEMENT", "ENDORSE", "", T0, 7L, email,
                "subject", T0);
    }

    @Test
    void aRecipientWithAnAddressIsAttemptedOnce() {
        Notification n = to("pi@example.org");
        assertEquals(NotificationStatus.SENDING, n.status());
        assertEquals(1, n.attempts());
        n.sent(T0.plusSeconds(1));
        assertEquals(NotificationStatus.SENT, n.status());
        assertEquals(T0.plusSeconds(1), n.sentAt());
        assertThrows(StateConflict.class, () -> n.sent(T0.plusSeconds(2)), "sent once");
    }

    @Test
    void aRecipientWithoutAddressIsRecordedAsSuch() {
        Notification n = to("  ");
        assertEquals(NotificationStatus.NO_ADDRESS, n.status());
        assertEquals(0, n.attempts());
        assertNull(n.email());
        assertThrows(StateConflict.class, () -> n.failed("x", T0), "nothing was attempted");
    }

    @Test
    void aFailureIsFinalAndKeepsTheReason() {
        Notification n = to("pi@example.org");
        n.failed("MailConnectException: Couldn't connect to host, port: 127.0.0.1, 2525", T0);
        assertEquals(NotificationStatus.FAILED, n.status());
        assertTrue(n.error().startsWith("MailConnectException"));
        assertThrows(StateConflict.class, () -> n.sent(T0), "a failed mail is not sent later by itself");
        Notification verbose = to("pi@example.org");
        verbose.failed("x".repeat(5000), T0);
        assertEquals(Notification.MAX_ERROR, verbose.error().length(), "fits its column");
    }

    @Test
    void anExpertsNotificationIsAboutARunOrAReviewNotAnApplication() {
        Notification n = Notification.aboutReviews("review-assigned:17:4", NotificationKind.REVIEW_ASSIGNED, 17L, null,
                "REVIEWERS_ASSIGNED", T0, 4L, "expert@example.org", "subject", T0);
        assertNull(n.applicationId());
        assertEquals(17L, n.runId());
        assertEquals(NotificationStatus.SENDING, n.status());
        assertEquals(NotificationStatus.NO_ADDRESS, Notification.aboutReviews("review-due:9", NotificationKind.REVIEW_DUE, 17L, 9L,
                "REVIEW_REMINDED", T0, 4L, null, "subject", T0).status());
        assertThrows(IllegalArgumentException.class, () -> Notification.aboutReviews("k", NotificationKind.REVIEW_DUE, null, null,
                "REVIEW_REMINDED", T0, 4L, "expert@example.org", "subject", T0), "it names what it is about");
    }

    @Test
    void anExpertsKindsAreNoDecisionOnAnApplication() {
        assertTrue(NotificationKind.REVIEW_ASSIGNED.isForExperts() && NotificationKind.REVIEW_DUE.isForExperts());
        assertTrue(!NotificationKind.REVIEW_ASSIGNED.isDecision() && !NotificationKind.REVIEW_DUE.isDecision());
        assertTrue(NotificationKind.ENDORSED.isDecision() && !NotificationKind.ENDORSED.isForExperts());
    }
}
