package org.tianshan.grants.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.tianshan.grants.notification.entity.NotificationKind;
import org.tianshan.grants.platform.control.Settings;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The mails a review notice leads to: one per expert with new tasks in the run (however many tasks), or
 * the one reminder of a review still open. Reads, writes nothing; {@link Outbox#claim} records each.
 */
@Dependent
public class ReviewMails {

    private static final Logger LOG = Logger.getLogger(ReviewMails.class.getName());

    @Inject
    ReviewRecipients recipients;

    @Inject
    Settings settings;

    public List<ReviewMail> of(ReviewNotice notice) {
        String link = ReviewLetters.tasksLink(settings.publicUrl());
        if (notice.kind() == NotificationKind.REVIEW_DUE) {
            return recipients.due(notice.reviewId()).map(r -> List.of(new ReviewMail(ReviewNotice.dueKey(r.reviewId()),
                    NotificationKind.REVIEW_DUE, notice.action(), r.runId(), r.reviewId(), notice.occurredAt(), r.accountId(),
                    strip(r.email()), ReviewLetters.due(r.displayName(), r.callTitle(), r.applicationTitle(), r.dueAt(), link,
                    Letters.DEFAULT_LOCALE)))).orElseGet(() -> {
                        LOG.info(() -> "review " + notice.reviewId() + " is no longer open: no reminder");
                        return List.of();
                    });
        }
        // a swap names its new review, which is the one task of its own (MANUAL) run
        Optional<Long> run = notice.runId() != null ? Optional.of(notice.runId()) : recipients.runOf(notice.reviewId());
        return run.flatMap(recipients::ofRun).map(tasks -> tasks.experts().stream()
                .map(e -> new ReviewMail(ReviewNotice.assignedKey(tasks.runId(), e.accountId()), NotificationKind.REVIEW_ASSIGNED,
                        notice.action(), tasks.runId(), null, notice.occurredAt(), e.accountId(), strip(e.email()),
                        ReviewLetters.assigned(e.displayName(), e.count(), tasks.callTitle(), tasks.dueAt(), link, Letters.DEFAULT_LOCALE)))
                .toList()).orElseGet(() -> {
                    LOG.info(() -> "no open review task in the run of " + notice + ": nobody to tell");
                    return List.of();
                });
    }

    private static String strip(String email) {
        return email == null ? null : email.strip();
    }
}
