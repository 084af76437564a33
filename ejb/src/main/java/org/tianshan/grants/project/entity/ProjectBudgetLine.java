package org.tianshan.grants.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.tianshan.grants.kernel.Money;

/** One line of the approved budget: a category, its approved amount and what the application requested. */
@Embeddable
public class ProjectBudgetLine {

    private int seq;
    private String category;
    private Money amount;
    @Column(name = "requested_amount")
    private Money requested;

    protected ProjectBudgetLine() {
    }

    public ProjectBudgetLine(int seq, String category, Money amount, Money requested) {
        this.seq = seq;
        this.category = category;
        this.amount = amount;
        this.requested = requested;
    }

    public int seq() { return seq; }
    public String category() { return category; }
    public Money amount() { return amount; }
    public Money requested() { return requested; }
}
