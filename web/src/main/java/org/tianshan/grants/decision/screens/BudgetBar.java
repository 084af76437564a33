package org.tianshan.grants.decision.screens;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a plan sits in the call's budget, for the budget bar: the total, the budget, what is left (negative
 * when over), and the filled share of the bar (capped at 100%).
 *
 * @param planned the plan's total, yuan
 * @param limit   the call's total budget, yuan
 */
public record BudgetBar(BigDecimal planned, BigDecimal limit) implements Serializable {

    public static BudgetBar of(BigDecimal total, String budget) {
        return new BudgetBar(total, budget == null || budget.isBlank() ? BigDecimal.ZERO : new BigDecimal(budget));
    }

    public boolean isOver() {
        return planned.compareTo(limit) > 0;
    }

    /** The share of the budget the plan takes, 0..100 (rounded down; 100 once over). */
    public int getPercent() {
        if (limit.signum() <= 0) {
            return planned.signum() > 0 ? 100 : 0;
        }
        return planned.multiply(BigDecimal.valueOf(100)).divide(limit, 0, RoundingMode.DOWN).min(BigDecimal.valueOf(100)).intValue();
    }

    public String getTotal() {
        return planned.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public String getBudget() {
        return limit.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** What is left of the budget, or by how much the plan is over it (both positive). */
    public String getRemaining() {
        return limit.subtract(planned).abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
