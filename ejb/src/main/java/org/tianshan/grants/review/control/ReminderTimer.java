package org.tianshan.grants.review.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.tianshan.grants.platform.control.Settings;
import org.tianshan.grants.review.boundary.ReviewReminders;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for reviews to remind every {@code tianshan/reviewReminderEveryMinutes} (60 unless set; 0 turns
 * reminders off) with a non-persistent interval timer. Not persistent, as the nightly housekeeping: the
 * search is for every review due and not yet reminded, so a tick missed while no server ran is made up by
 * the next one, and no timer store is needed; every node may run it, because each review is claimed once.
 * Programmatic rather than {@code @Schedule}, so that the interval is a setting.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());
    /** Batches per tick at most: a backlog larger than this waits for the next tick rather than hold the timer. */
    private static final int MAX_BATCHES = 20;

    @Resource
    TimerService timers;

    @Inject
    Settings settings;

    @EJB
    ReviewReminders reminders;

    @PostConstruct
    void start() {
        settings.reviewReminderInterval().ifPresentOrElse(every -> {
            timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("review deadline reminders", false));
            LOG.info(() -> "Review deadline reminders every " + every.toMinutes() + " minutes, "
                    + settings.reviewReminderHorizon().toHours() + " hours ahead");
        }, () -> LOG.info("Review deadline reminders are off (" + Settings.REVIEW_REMINDER_EVERY_MINUTES + " = 0)"));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)   // each batch is its own transaction
    void tick() {
        try {
            int total = 0;
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                int reminded = reminders.remindDue();
                total += reminded;
                if (reminded < ReviewReminders.BATCH) {
                    break;
                }
            }
            int sent = total;
            if (sent > 0) {
                LOG.info(() -> "Review deadline reminders: " + sent + " reviews reminded");
            }
        } catch (RuntimeException e) {
            // the next tick tries again; an exception here would only make the container retry this one
            LOG.log(Level.WARNING, "review deadline reminders failed; the next tick tries again", e);
        }
    }
}
