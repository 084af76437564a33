package org.tianshan.grants.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** One tranche of the programme's schedule: its number, its share of the approved amount, when it is due. */
@Embeddable
public class TrancheRule {

    private int no;
    private BigDecimal share;
    @Enumerated(EnumType.STRING)
    @Column(name = "release_condition")
    private TrancheCondition condition;

    protected TrancheRule() {
    }

    public TrancheRule(int no, BigDecimal share, TrancheCondition condition) {
        this.no = no;
        this.share = share;
        this.condition = condition;
    }

    public int no() { return no; }
    public BigDecimal share() { return share; }
    public TrancheCondition condition() { return condition; }
}
