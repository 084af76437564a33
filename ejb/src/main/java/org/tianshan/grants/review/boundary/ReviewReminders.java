package org.tianshan.grants.review.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.platform.control.Settings;
import org.tianshan.grants.review.entity.Review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deadline reminders (评审催办): a review still ASSIGNED whose deadline is within the horizon
 * ({@code tianshan/reviewReminderHorizonHours}, 48 hours unless set) and that was never reminded is
 * marked reminded, and its expert is mailed once, after commit (the notification context observes
 * {@code REVIEW_REMINDED}). Called by {@link org.tianshan.grants.review.control.ReminderTimer}; calling it
 * again, or from two nodes at once, reminds nobody twice.
 */
@Stateless
public class ReviewReminders {

    /** At most this many reviews per call, so one transaction stays short; the caller calls again for the rest. */
    public static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /**
     * Marks up to {@value #BATCH} open, never reminded reviews due within the horizon as reminded and
     * announces each ({@code REVIEW_REMINDED}, audited); returns how many. Each review is claimed by a
     * conditional update, so a review reminded meanwhile by another caller, or closed, is skipped.
     * Open to any caller (the timer has none): it does only what the schedule does anyway.
     */
    @PermitAll
    public int remindDue() {
        Instant now = clock.instant();
        Duration horizon = settings.reviewReminderHorizon();
        List<Review> due = em.createNamedQuery(Review.DUE, Review.class).setParameter("horizon", now.plus(horizon))
                .setMaxResults(BATCH).getResultList();
        int reminded = 0;
        for (Review review : due) {
            int claimed = em.createNamedQuery(Review.MARK_REMINDED).setParameter("id", review.id()).setParameter("at", now)
                    .executeUpdate();
            if (claimed == 1) {
                Map<String, String> detail = new LinkedHashMap<>();
                detail.put("expert", Long.toString(review.expertId()));
                detail.put("dueAt", review.dueAt().toString());
                detail.put("horizonHours", Long.toString(horizon.toHours()));
                events.fire(new DomainEvent("REVIEW_REMINDED", "Review", review.id().toString(), detail));
                reminded++;
            }
        }
        return reminded;
    }
}
