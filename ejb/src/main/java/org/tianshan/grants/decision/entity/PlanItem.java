package org.tianshan.grants.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.tianshan.grants.kernel.Money;

/** One application in a funding plan: what it requested, what the plan gives, and why less where it is less. */
@Embeddable
public class PlanItem {

    @Column(name = "application_id")
    private long applicationId;
    private int seq;
    private Money requested;
    private Money amount;
    @Column(name = "cut_reason")
    private String cutReason;

    protected PlanItem() {
    }

    public PlanItem(long applicationId, int seq, Money requested, Money amount, String cutReason) {
        this.applicationId = applicationId;
        this.seq = seq;
        this.requested = requested;
        this.amount = amount;
        this.cutReason = cutReason;
    }

    public long applicationId() { return applicationId; }
    public int seq() { return seq; }
    public Money requested() { return requested; }
    public Money amount() { return amount; }
    public String cutReason() { return cutReason; }
    public boolean isCut() { return amount.compareTo(requested) < 0; }
}
