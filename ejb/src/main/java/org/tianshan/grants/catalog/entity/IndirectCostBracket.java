package org.tianshan.grants.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.tianshan.grants.kernel.Money;

import java.math.BigDecimal;

/** One bracket of the progressive indirect-cost schedule: the rate for the part up to {@code upTo} (null: no bound). */
@Embeddable
public class IndirectCostBracket {

    private int seq;
    @Column(name = "up_to")
    private Money upTo;
    private BigDecimal rate;

    protected IndirectCostBracket() {
    }

    public IndirectCostBracket(int seq, Money upTo, BigDecimal rate) {
        this.seq = seq;
        this.upTo = upTo;
        this.rate = rate;
    }

    public int seq() { return seq; }
    public Money upTo() { return upTo; }
    public BigDecimal rate() { return rate; }
}
