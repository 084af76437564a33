package org.tianshan.grants.call.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.StateConflict;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A call for proposals (申报指南) of one programme. State changes only through its methods. */
@Entity(name = "GrantCall")
@Table(name = "grant_call")
@NamedQuery(name = Call.BY_STATUS, query = "select c from GrantCall c where c.status = :status order by c.closesAt, c.id")
@NamedQuery(name = Call.COUNT_BY_STATUS, query = "select count(c) from GrantCall c where c.status = :status")
@NamedQuery(name = Call.ALL, query = "select c from GrantCall c order by c.id desc")
@NamedQuery(name = Call.COUNT, query = "select count(c) from GrantCall c")
public class Call {

    public static final String BY_STATUS = "GrantCall.byStatus";
    public static final String COUNT_BY_STATUS = "GrantCall.countByStatus";
    public static final String ALL = "GrantCall.all";
    public static final String COUNT = "GrantCall.count";
    /** Reviews whose weighted scores (0–100) spread wider than this standard deviation are flagged for the panel. */
    public static final BigDecimal DEFAULT_DISPERSION_THRESHOLD = new BigDecimal("15.00");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "programme_code")
    private String programmeCode;
    @Column(name = "funding_mode")
    private String fundingMode;
    private String title;
    private String guide;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    private Money ceiling;
    @Column(name = "total_budget")
    private Money totalBudget;
    @Column(name = "reviewers_per_application")
    private int reviewersPerApplication;
    @Column(name = "max_per_expert")
    private Integer maxPerExpert;
    @Column(name = "challenge_problem")
    private String challengeProblem;
    @Column(name = "challenge_bounty")
    private Money challengeBounty;
    @Column(name = "race_teams")
    private Integer raceTeams;
    @Column(name = "dispersion_threshold")
    private BigDecimal dispersionThreshold = DEFAULT_DISPERSION_THRESHOLD;
    @Enumerated(EnumType.STRING)
    private CallStatus status;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_rubric_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderBy("seq")
    private List<RubricCriterion> rubric = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_topic", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "seq")
    @Column(name = "topic")
    private List<String> topics = new ArrayList<>();

    protected Call() {
    }

    /** A new call in DRAFT; the caller has checked the terms (call.control.CallTerms). */
    public Call(String programmeCode, String fundingMode, String title, String guide, List<String> topics,
                Instant opensAt, Instant closesAt, Money ceiling, Money totalBudget, int reviewersPerApplication,
                Integer maxPerExpert, List<RubricCriterion> rubric, String challengeProblem, Money challengeBounty,
                Integer raceTeams, String createdBy, Instant createdAt) {
        this.programmeCode = programmeCode;
        this.fundingMode = fundingMode;
        this.title = title;
        this.guide = guide;
        this.topics = new ArrayList<>(topics);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.ceiling = ceiling;
        this.totalBudget = totalBudget;
        this.reviewersPerApplication = reviewersPerApplication;
        this.maxPerExpert = maxPerExpert;
        this.rubric = new ArrayList<>(rubric);
        this.challengeProblem = challengeProblem;
        this.challengeBounty = challengeBounty;
        this.raceTeams = raceTeams;
        this.status = CallStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Sets the dispersion threshold of the review (a new call only; null keeps the default). */
    public void flagDispersionAbove(BigDecimal threshold) {
        if (threshold != null) {
            this.dispersionThreshold = threshold.setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** Publishes: OPEN at once, or PENDING_APPROVAL where the programme wants a director's approval. */
    public CallStatus publish(boolean approvalRequired) {
        return moveTo(approvalRequired ? CallStatus.PENDING_APPROVAL : CallStatus.OPEN);
    }

    public CallStatus approve() {
        if (status != CallStatus.PENDING_APPROVAL) {
            throw conflict(CallStatus.OPEN);
        }
        return moveTo(CallStatus.OPEN);
    }

    /** Closes an OPEN call (at closesAt by the timer, or earlier by hand). */
    public CallStatus close() {
        return moveTo(CallStatus.CLOSED);
    }

    /** Whether submissions are accepted at this instant: OPEN and inside [opensAt, closesAt). */
    public boolean accepts(Instant at) {
        return status == CallStatus.OPEN && !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    private CallStatus moveTo(CallStatus next) {
        if (!status.mayBecome(next)) {
            throw conflict(next);
        }
        status = next;
        return next;
    }

    private StateConflict conflict(CallStatus wanted) {
        return new StateConflict("WRONG_STATE", "call " + id + " is " + status + " and cannot become " + wanted);
    }

    public Long id() { return id; }
    public String programmeCode() { return programmeCode; }
    public String fundingMode() { return fundingMode; }
    public String title() { return title; }
    public String guide() { return guide; }
    public List<String> topics() { return List.copyOf(topics); }
    public Instant opensAt() { return opensAt; }
    public Instant closesAt() { return closesAt; }
    public Money ceiling() { return ceiling; }
    public Money totalBudget() { return totalBudget; }
    public int reviewersPerApplication() { return reviewersPerApplication; }
    public Integer maxPerExpert() { return maxPerExpert; }
    public String challengeProblem() { return challengeProblem; }
    public Money challengeBounty() { return challengeBounty; }
    public Integer raceTeams() { return raceTeams; }
    public BigDecimal dispersionThreshold() { return dispersionThreshold; }
    public CallStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public List<RubricCriterion> rubric() { return List.copyOf(rubric); }
    public long version() { return version; }
}
