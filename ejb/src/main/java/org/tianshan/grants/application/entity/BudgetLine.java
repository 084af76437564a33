package org.tianshan.grants.application.entity;

import jakarta.persistence.Embeddable;
import org.tianshan.grants.kernel.Money;

/** One budget line: a category (设备费 EQUIPMENT, 业务费 BUSINESS, 劳务费 LABOUR, 专家咨询费 CONSULTANCY, 间接费用 INDIRECT) and an amount. */
@Embeddable
public class BudgetLine {

    private int seq;
    private String category;
    private Money amount;

    protected BudgetLine() {
    }

    public BudgetLine(int seq, String category, Money amount) {
        this.seq = seq;
        this.category = category;
        this.amount = amount;
    }

    public int seq() { return seq; }
    public String category() { return category; }
    public Money amount() { return amount; }
}
