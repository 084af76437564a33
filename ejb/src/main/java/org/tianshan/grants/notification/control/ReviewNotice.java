package org.tianshan.grants.notification.control;

import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.notification.entity.NotificationKind;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The message on {@code jms/notifications} for a committed review event the experts concerned are told
 * of: the new tasks of an assignment run ({@code runId}: a whole call's run, or a replacement's run), the
 * one new task of an officer's swap ({@code reviewId}: the new review, whose run is a one-review MANUAL
 * run), or a review whose deadline draws near ({@code reviewId}). It names no person: the mailer reads
 * the experts and their addresses when it writes, and only experts are ever written to.
 *
 * <p>Unlike a {@link Notice} it needs no minted event identity: each mail it leads to has a key made from
 * the run and the recipient, or from the review ({@link #assignedKey}, {@link #dueKey}), so a copy of the
 * message, or a second event about the same run, mails nobody twice.
 *
 * @param action     the DomainEvent action: {@value #ASSIGNED}, {@value #REPLACED}, {@value #SWAPPED} or {@value #REMINDED}
 * @param runId      the assignment run whose tasks are announced, or null
 * @param reviewId   the review (a swap's new review, or the one reminded of), or null
 * @param occurredAt when the event was committed
 */
public record ReviewNotice(String action, Long runId, Long reviewId, Instant occurredAt) {

    public static final String ASSIGNED = "REVIEWERS_ASSIGNED";
    public static final String REPLACED = "REVIEWER_REPLACED";
    public static final String SWAPPED = "REVIEWER_SWAPPED";
    public static final String REMINDED = "REVIEW_REMINDED";

    /** The field that tells this message from a {@link Notice} (which has none) on the shared queue. */
    public static final String TOPIC = "topic";
    static final String TOPIC_VALUE = "REVIEW";
    static final String ACTION = "action";
    static final String RUN_ID = "runId";
    static final String REVIEW_ID = "reviewId";
    static final String OCCURRED_AT = "occurredAt";

    /** The names of the message's fields, as {@link #toMap} writes them. */
    public static final List<String> FIELDS = List.of(TOPIC, ACTION, RUN_ID, REVIEW_ID, OCCURRED_AT);

    private static final String RUN = "AssignmentRun";
    private static final String REVIEW = "Review";

    public ReviewNotice {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("a review notice needs an action");
        }
        if (occurredAt == null) {
            throw new IllegalArgumentException("a review notice needs its time");
        }
        boolean byRun = ASSIGNED.equals(action) || REPLACED.equals(action);
        boolean byReview = SWAPPED.equals(action) || REMINDED.equals(action);
        if (!byRun && !byReview) {
            throw new IllegalArgumentException("not a review action the experts are told of: " + action);
        }
        if (byRun && (runId == null || reviewId != null) || byReview && (reviewId == null || runId != null)) {
            throw new IllegalArgumentException(action + " names " + (byRun ? "its run" : "its review") + " and nothing else");
        }
    }

    /** The notice of a committed domain event, if it gives experts new review tasks or reminds one of a deadline. */
    public static Optional<ReviewNotice> of(DomainEvent event, Instant occurredAt) {
        String expected = switch (event.action() == null ? "" : event.action()) {
            case ASSIGNED, REPLACED -> RUN;
            case SWAPPED, REMINDED -> REVIEW;
            default -> null;
        };
        if (expected == null || !expected.equals(event.entityType())) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(event.entityId());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(RUN.equals(expected)
                ? new ReviewNotice(event.action(), id, null, occurredAt)
                : new ReviewNotice(event.action(), null, id, occurredAt));
    }

    /** What the expert is told: new tasks, or a deadline drawing near. */
    public NotificationKind kind() {
        return REMINDED.equals(action) ? NotificationKind.REVIEW_DUE : NotificationKind.REVIEW_ASSIGNED;
    }

    /** The key of the one mail an expert gets for the new tasks of a run (at most 64 characters, as the table holds). */
    public static String assignedKey(long runId, long accountId) {
        return "review-assigned:" + runId + ":" + accountId;
    }

    /** The key of the one reminder a review gets. */
    public static String dueKey(long reviewId) {
        return "review-due:" + reviewId;
    }

    /** Whether a message body (as {@link #toMap} writes it) is a review notice rather than a {@link Notice}. */
    public static boolean isOne(Map<String, String> map) {
        return TOPIC_VALUE.equals(map.get(TOPIC));
    }

    /** The message body: strings only, so any JMS client reads it as a MapMessage; an absent id is an empty string. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(TOPIC, TOPIC_VALUE);
        map.put(ACTION, action);
        map.put(RUN_ID, runId == null ? "" : runId.toString());
        map.put(REVIEW_ID, reviewId == null ? "" : reviewId.toString());
        map.put(OCCURRED_AT, occurredAt.toString());
        return map;
    }

    /** Reads a message body written by {@link #toMap}; a malformed one is an {@link IllegalArgumentException}. */
    public static ReviewNotice fromMap(Map<String, String> map) {
        if (!isOne(map)) {
            throw new IllegalArgumentException("not a review notice: " + map);
        }
        try {
            return new ReviewNotice(map.get(ACTION), id(map.get(RUN_ID)), id(map.get(REVIEW_ID)),
                    Instant.parse(String.valueOf(map.get(OCCURRED_AT))));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a review notice: " + map, e);
        }
    }

    private static Long id(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text);
    }
}
