package org.tianshan.grants.notification.control;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.notification.entity.NotificationKind;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewNoticeTest {

    static final Instant AT = Instant.parse("2026-05-10T04:00:00Z");

    static Optional<ReviewNotice> of(String action, String type, String id) {
        return ReviewNotice.of(new DomainEvent(action, type, id, Map.of("application", "3", "assigned", "9:4")), AT);
    }

    @Test
    void aCallsRunAndAReplacementsRunAnnounceTheTasksOfTheRun() {
        assertEquals(Optional.of(new ReviewNotice("REVIEWERS_ASSIGNED", 17L, null, AT)), of("REVIEWERS_ASSIGNED", "AssignmentRun", "17"));
        assertEquals(Optional.of(new ReviewNotice("REVIEWER_REPLACED", 18L, null, AT)), of("REVIEWER_REPLACED", "AssignmentRun", "18"));
        assertEquals(NotificationKind.REVIEW_ASSIGNED, of("REVIEWERS_ASSIGNED", "AssignmentRun", "17").orElseThrow().kind());
    }

    @Test
    void aSwapAnnouncesItsNewReviewAndAReminderItsReview() {
        ReviewNotice swap = of("REVIEWER_SWAPPED", "Review", "9").orElseThrow();
        assertEquals(9L, swap.reviewId());
        assertEquals(NotificationKind.REVIEW_ASSIGNED, swap.kind());
        ReviewNotice due = of("REVIEW_REMINDED", "Review", "9").orElseThrow();
        assertEquals(NotificationKind.REVIEW_DUE, due.kind());
    }

    @Test
    void nothingElseIsToldToExperts() {
        assertTrue(of("REVIEWER_REPLACEMENT_UNFILLED", "AssignmentRun", "17").isEmpty(), "nobody was drawn");
        assertTrue(of("REVIEW_SUBMITTED", "Review", "9").isEmpty(), "the expert's own step");
        assertTrue(of("REVIEW_DECLINED", "Review", "9").isEmpty());
        assertTrue(of("APPLICATION_SUBMITTED", "GrantApplication", "3").isEmpty(), "the PI's, told by Notice");
        assertTrue(of("REVIEWERS_ASSIGNED", "Review", "17").isEmpty(), "the action on another type");
        assertTrue(of("REVIEWER_SWAPPED", "AssignmentRun", "17").isEmpty(), "the action on another type");
        assertTrue(of("REVIEWERS_ASSIGNED", "AssignmentRun", "x").isEmpty(), "no id");
    }

    @Test
    void theMessageReadsBackAsWrittenAndIsToldApartFromAPisNotice() {
        for (ReviewNotice notice : new ReviewNotice[] {new ReviewNotice("REVIEWERS_ASSIGNED", 17L, null, AT),
                new ReviewNotice("REVIEW_REMINDED", null, 9L, AT)}) {
            Map<String, String> map = new HashMap<>();
            notice.toMap().forEach((k, v) -> map.put(k, (String) v));
            assertTrue(ReviewNotice.isOne(map));
            assertEquals(notice, ReviewNotice.fromMap(map));
        }
        Map<String, String> pis = new HashMap<>();
        new Notice("k", 3, "APPLICATION_SUBMITTED", "", "", AT).toMap().forEach((k, v) -> pis.put(k, (String) v));
        assertFalse(ReviewNotice.isOne(pis), "a PI's notice has no topic");
        assertThrows(IllegalArgumentException.class, () -> ReviewNotice.fromMap(pis));
    }

    @Test
    void aNoticeNamesExactlyWhatItsActionIsAbout() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewNotice("REVIEWERS_ASSIGNED", null, 9L, AT));
        assertThrows(IllegalArgumentException.class, () -> new ReviewNotice("REVIEW_REMINDED", 17L, null, AT));
        assertThrows(IllegalArgumentException.class, () -> new ReviewNotice("REVIEW_REMINDED", 17L, 9L, AT));
        assertThrows(IllegalArgumentException.class, () -> new ReviewNotice("REVIEW_SUBMITTED", null, 9L, AT));
        Map<String, String> broken = new HashMap<>(Map.of("topic", "REVIEW", "action", "REVIEW_REMINDED", "runId", "",
                "reviewId", "nine", "occurredAt", AT.toString()));
        assertThrows(IllegalArgumentException.class, () -> ReviewNotice.fromMap(broken));
    }

    @Test
    void oneMailPerExpertAndRunAndOnePerReviewEachUnderAKeyTheTableHolds() {
        assertEquals("review-assigned:17:4", ReviewNotice.assignedKey(17, 4));
        assertEquals("review-due:9", ReviewNotice.dueKey(9));
        assertTrue(ReviewNotice.assignedKey(Long.MAX_VALUE, Long.MAX_VALUE).length() <= 64);
        assertTrue(ReviewNotice.assignedKey(17, 4).length() <= 64 && !ReviewNotice.assignedKey(17, 4).equals(ReviewNotice.assignedKey(17, 5)));
    }
}
