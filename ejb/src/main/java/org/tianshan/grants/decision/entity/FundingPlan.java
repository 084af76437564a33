package org.tianshan.grants.decision.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tianshan.grants.kernel.Forbidden;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.StateConflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The officer's funding plan for a call (立项建议). Separation of duties lives here: whoever proposed it
 * can never approve or return it, whatever roles they hold.
 */
@Entity
@Table(name = "funding_plan")
@NamedQuery(name = FundingPlan.OF_CALL, query = "select p from FundingPlan p where p.callId = :call order by p.id desc")
@NamedQuery(name = FundingPlan.PENDING, query = "select p from FundingPlan p where p.status = "
        + "org.tianshan.grants.decision.entity.PlanStatus.PROPOSED order by p.proposedAt desc, p.id desc")
@NamedQuery(name = FundingPlan.COUNT_PENDING, query = "select count(p) from FundingPlan p where p.status = "
        + "org.tianshan.grants.decision.entity.PlanStatus.PROPOSED")
public class FundingPlan {

    public static final String OF_CALL = "FundingPlan.ofCall";
    /** The plans awaiting a director's decision, newest first. */
    public static final String PENDING = "FundingPlan.pending";
    public static final String COUNT_PENDING = "FundingPlan.countPending";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "call_id")
    private long callId;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private Money total;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_comment")
    private String decisionComment;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_plan_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("seq")
    private List<PlanItem> items = new ArrayList<>();

    protected FundingPlan() {
    }

    public FundingPlan(long callId, List<PlanItem> items, String proposedBy, Instant proposedAt) {
        this.callId = callId;
        this.items = new ArrayList<>(items);
        this.total = items.stream().map(PlanItem::amount).reduce(Money.ZERO, Money::plus);
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = PlanStatus.PROPOSED;
    }

    /** A director approves: the plan goes into its public notice. The proposer may not (403), a decided plan is a 409. */
    public void approve(String director, String comment, Instant at) {
        decide(director, at, "approve");
        this.status = PlanStatus.IN_PUBLIC_NOTICE;
        this.decisionComment = comment;
    }

    /** A director sends it back with a reason; the officer proposes again. */
    public void sendBack(String director, String comment, Instant at) {
        decide(director, at, "return");
        this.status = PlanStatus.RETURNED;
        this.decisionComment = comment;
    }

    /** A newer proposal for the same call replaces this open one. */
    public void supersede() {
        if (!status.isOpen()) {
            throw new StateConflict("WRONG_STATE", "funding plan " + id + " is " + status + " and cannot be replaced");
        }
        this.status = PlanStatus.SUPERSEDED;
    }

    /** The public notice closed: the plan is carried out. */
    public void conclude() {
        if (status != PlanStatus.IN_PUBLIC_NOTICE) {
            throw new StateConflict("WRONG_STATE", "funding plan " + id + " is " + status);
        }
        this.status = PlanStatus.CONCLUDED;
    }

    private void decide(String director, Instant at, String verb) {
        if (director.equals(proposedBy)) {
            throw new Forbidden("SELF_APPROVAL", "the proposer of funding plan " + id + " cannot " + verb + " it");
        }
        if (status != PlanStatus.PROPOSED) {
            throw new StateConflict("WRONG_STATE", "funding plan " + id + " is " + status + "; only a PROPOSED plan can be decided");
        }
        this.decidedBy = director;
        this.decidedAt = at;
    }

    public Optional<PlanItem> item(long applicationId) {
        return items.stream().filter(i -> i.applicationId() == applicationId).findFirst();
    }

    public Long id() { return id; }
    public long callId() { return callId; }
    public PlanStatus status() { return status; }
    public Money total() { return total; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionComment() { return decisionComment; }
    public long version() { return version; }
    public List<PlanItem> items() { return List.copyOf(items); }
}
