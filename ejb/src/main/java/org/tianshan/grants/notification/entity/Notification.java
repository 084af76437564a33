package org.tianshan.grants.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tianshan.grants.kernel.StateConflict;

import java.time.Instant;

/**
 * One notification of one event to its recipient, and what became of it. Written before the mail is
 * handed to the server, so that the unique event key stops a second copy of the message; attempted
 * once: it ends SENT, FAILED (with the error) or NO_ADDRESS, and is never sent again by itself.
 * A PI's notification is about an application; an expert's is about an assignment run (their new
 * review tasks) or one review (its deadline reminder).
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.BY_EVENT, query = "select n from Notification n where n.eventKey = :key")
// A counter only, bumped in the database so that copies arriving at the same moment are all counted
// and none of them conflicts with the record's own version-checked changes.
@NamedQuery(name = Notification.COUNT_COPY, query = "update Notification n set n.redeliveries = n.redeliveries + 1 where n.eventKey = :key")
public class Notification {

    public static final String BY_EVENT = "Notification.byEvent";
    public static final String COUNT_COPY = "Notification.countCopy";
    static final int MAX_ERROR = 1000;
    static final int MAX_SUBJECT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_key")
    private String eventKey;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    @Column(name = "application_id")
    private Long applicationId;
    @Column(name = "run_id")
    private Long runId;
    @Column(name = "review_id")
    private Long reviewId;
    private String action;
    private String decision;
    private String comment;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "recipient_account_id")
    private Long recipientAccountId;
    private String email;
    private String subject;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    private int attempts;
    private int redeliveries;
    private String error;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Notification() {
    }

    /**
     * Records an event's notification: SENDING (one attempt) when the recipient has an address,
     * NO_ADDRESS otherwise.
     */
    public Notification(String eventKey, NotificationKind kind, long applicationId, String action, String decision,
                        String comment, Instant occurredAt, Long recipientAccountId, String email, String subject, Instant now) {
        this(eventKey, kind, action, occurredAt, recipientAccountId, email, subject, now);
        this.applicationId = applicationId;
        this.decision = blankToNull(decision);
        this.comment = blankToNull(comment);
    }

    /**
     * Records an expert's notification about review tasks: the tasks of assignment run {@code runId}, or the
     * reminder of review {@code reviewId} (at least one of them); SENDING or NO_ADDRESS as above.
     */
    public static Notification aboutReviews(String eventKey, NotificationKind kind, Long runId, Long reviewId, String action,
                                            Instant occurredAt, long recipientAccountId, String email, String subject, Instant now) {
        if (runId == null && reviewId == null) {
            throw new IllegalArgumentException("a notification about review tasks names their run or the review");
        }
        Notification n = new Notification(eventKey, kind, action, occurredAt, recipientAccountId, email, subject, now);
        n.runId = runId;
        n.reviewId = reviewId;
        return n;
    }

    private Notification(String eventKey, NotificationKind kind, String action, Instant occurredAt, Long recipientAccountId,
                         String email, String subject, Instant now) {
        this.eventKey = eventKey;
        this.kind = kind;
        this.action = action;
        this.occurredAt = occurredAt;
        this.recipientAccountId = recipientAccountId;
        this.email = blankToNull(email);
        this.subject = subject == null ? null : cut(subject, MAX_SUBJECT);
        this.createdAt = now;
        this.updatedAt = now;
        if (this.email == null) {
            this.status = NotificationStatus.NO_ADDRESS;
        } else {
            this.status = NotificationStatus.SENDING;
            this.attempts = 1;
        }
    }

    /** The mail server took the message. */
    public void sent(Instant now) {
        requireSending();
        status = NotificationStatus.SENT;
        sentAt = now;
        updatedAt = now;
    }

    /** The mail server could not be reached or refused the message: final, with the reason. */
    public void failed(String reason, Instant now) {
        requireSending();
        status = NotificationStatus.FAILED;
        error = cut(reason == null || reason.isBlank() ? "unknown error" : reason, MAX_ERROR);
        updatedAt = now;
    }

    private void requireSending() {
        if (status != NotificationStatus.SENDING) {
            throw new StateConflict("WRONG_STATE", "notification " + id + " is " + status);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long id() { return id; }
    public String eventKey() { return eventKey; }
    public NotificationKind kind() { return kind; }
    /** The application a PI's notification is about; null for an expert's. */
    public Long applicationId() { return applicationId; }
    public Long runId() { return runId; }
    public Long reviewId() { return reviewId; }
    public Long recipientAccountId() { return recipientAccountId; }
    public String email() { return email; }
    public String subject() { return subject; }
    public NotificationStatus status() { return status; }
    public int attempts() { return attempts; }
    public int redeliveries() { return redeliveries; }
    public String error() { return error; }
    public Instant occurredAt() { return occurredAt; }
    public Instant sentAt() { return sentAt; }
    public long version() { return version; }
}
