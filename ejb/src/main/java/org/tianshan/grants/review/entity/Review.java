package org.tianshan.grants.review.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tianshan.grants.kernel.StateConflict;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One expert's review of one application (评审任务). Drafts may be saved while ASSIGNED; submission
 * happens once and makes it read-only. The pair (application, expert) exists at most once, for ever.
 */
@Entity
@Table(name = "review")
@NamedQuery(name = Review.OF_EXPERT, query = "select r from Review r where r.expertId = :expert order by r.dueAt, r.id")
@NamedQuery(name = Review.COUNT_OF_EXPERT, query = "select count(r) from Review r where r.expertId = :expert")
@NamedQuery(name = Review.COUNT_LIVE_OF_CALL, query = "select count(r) from Review r where r.callId = :call and r.status in :live")
@NamedQuery(name = Review.OF_APPLICATION, query = "select r from Review r where r.applicationId = :application order by r.id")
@NamedQuery(name = Review.LIVE_OF_EXPERT_FOR, query = "select r from Review r where r.expertId = :expert "
        + "and r.status = org.tianshan.grants.review.entity.ReviewStatus.ASSIGNED")
@NamedQuery(name = Review.DUE, query = "select r from Review r where r.status = org.tianshan.grants.review.entity.ReviewStatus.ASSIGNED "
        + "and r.dueAt <= :horizon and r.remindedAt is null order by r.id")
// Claims one reminder: 1 if this transaction marked it, 0 if another did first or the review closed meanwhile.
// A bulk update, so the version does not move: an expert editing the draft at that moment keeps a valid version.
@NamedQuery(name = Review.MARK_REMINDED, query = "update Review r set r.remindedAt = :at where r.id = :id and r.remindedAt is null "
        + "and r.status = org.tianshan.grants.review.entity.ReviewStatus.ASSIGNED")
public class Review {

    public static final String OF_EXPERT = "Review.ofExpert";
    public static final String COUNT_OF_EXPERT = "Review.countOfExpert";
    public static final String COUNT_LIVE_OF_CALL = "Review.countLiveOfCall";
    public static final String OF_APPLICATION = "Review.ofApplication";
    public static final String LIVE_OF_EXPERT_FOR = "Review.liveOfExpert";
    public static final String DUE = "Review.due";
    public static final String MARK_REMINDED = "Review.markReminded";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "call_id")
    private long callId;
    @Column(name = "application_id")
    private long applicationId;
    @Column(name = "expert_id")
    private long expertId;
    @Column(name = "run_id")
    private long runId;
    private int affinity;
    @Enumerated(EnumType.STRING)
    private ReviewStatus status;
    @Column(name = "comment_text")
    private String comment;
    private String recommendation;
    @Column(name = "weighted_score")
    private BigDecimal weightedScore;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "closing_reason")
    private String closingReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_code")
    @Column(name = "score")
    private Map<String, Integer> scores = new TreeMap<>();

    protected Review() {
    }

    public Review(long callId, long applicationId, long expertId, long runId, int affinity, Instant dueAt, Instant createdAt) {
        this.callId = callId;
        this.applicationId = applicationId;
        this.expertId = expertId;
        this.runId = runId;
        this.affinity = affinity;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
        this.status = ReviewStatus.ASSIGNED;
    }

    /** Saves a draft; the boundary has checked ranges only where complete, since a draft may be partial. */
    public void draft(Map<String, Integer> scores, String comment, String recommendation) {
        requireOpen("saved");
        this.scores = new TreeMap<>(scores);
        this.comment = comment;
        this.recommendation = recommendation;
    }

    /** Submits once: from here on read-only. {@code weightedScore} is computed by the boundary from the call's rubric. */
    public void submit(BigDecimal weightedScore, Instant at) {
        requireOpen("submitted");
        this.weightedScore = weightedScore;
        this.submittedAt = at;
        this.status = ReviewStatus.SUBMITTED;
    }

    /** The expert declines (拒评) with a reason; a replacement is drawn by the boundary. */
    public void decline(String reason) {
        requireOpen("declined");
        this.status = ReviewStatus.DECLINED;
        this.closingReason = reason;
    }

    /** Taken off the expert: a conflict declared late, or an officer's swap. */
    public void withdraw(String reason) {
        requireOpen("withdrawn");
        this.status = ReviewStatus.WITHDRAWN;
        this.closingReason = reason;
    }

    private void requireOpen(String verb) {
        if (status != ReviewStatus.ASSIGNED) {
            throw new StateConflict("WRONG_STATE", "review " + id + " is " + status + " and cannot be " + verb);
        }
    }

    public Long id() { return id; }
    public long callId() { return callId; }
    public long applicationId() { return applicationId; }
    public long expertId() { return expertId; }
    public long runId() { return runId; }
    public int affinity() { return affinity; }
    public ReviewStatus status() { return status; }
    public String comment() { return comment; }
    public String recommendation() { return recommendation; }
    public BigDecimal weightedScore() { return weightedScore; }
    public Instant dueAt() { return dueAt; }
    public Instant remindedAt() { return remindedAt; }
    public Instant submittedAt() { return submittedAt; }
    public String closingReason() { return closingReason; }
    public long version() { return version; }
    public Map<String, Integer> scores() { return Map.copyOf(scores); }
}
