package org.tianshan.grants.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.tianshan.grants.catalog.entity.TrancheCondition;
import org.tianshan.grants.kernel.Money;

import java.math.BigDecimal;

/** One tranche of the project's money: number, share, amount, when it may be paid, and where it stands. */
@Embeddable
public class ProjectTranche {

    private int no;
    private BigDecimal share;
    private Money amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "release_condition")
    private TrancheCondition condition;
    @Enumerated(EnumType.STRING)
    private TrancheStatus status;

    protected ProjectTranche() {
    }

    public ProjectTranche(int no, BigDecimal share, Money amount, TrancheCondition condition) {
        this.no = no;
        this.share = share;
        this.amount = amount;
        this.condition = condition;
        this.status = TrancheStatus.PLANNED;
    }

    public int no() { return no; }
    public BigDecimal share() { return share; }
    public Money amount() { return amount; }
    public TrancheCondition condition() { return condition; }
    public TrancheStatus status() { return status; }
}
