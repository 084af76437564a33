package org.tianshan.grants.catalog.control;

import org.tianshan.grants.catalog.entity.IndirectCostBracket;
import org.tianshan.grants.kernel.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The progressive indirect-cost cap (间接费用核定): each bracket's rate applies to the part of the base
 * (direct costs minus equipment purchase) that falls inside it. With the national 2021 schedule,
 * 12 million → 30 % of 5 M + 25 % of 5 M + 20 % of 2 M = 3.15 million.
 */
public record IndirectCostSchedule(List<IndirectCostBracket> brackets) {

    public static final BigDecimal MAX_RATE = new BigDecimal("0.6000");

    public IndirectCostSchedule {
        brackets = List.copyOf(brackets);
    }

    /** The highest indirect cost allowed for this base. */
    public Money cap(Money base) {
        if (base.isNegative()) {
            throw new IllegalArgumentException("negative base " + base);
        }
        Money cap = Money.ZERO;
        Money lower = Money.ZERO;
        for (IndirectCostBracket bracket : brackets) {
            Money upper = bracket.upTo() == null ? base : Money.min(base, bracket.upTo());
            if (upper.exceeds(lower)) {
                cap = cap.plus(upper.minus(lower).times(bracket.rate()));
            }
            if (bracket.upTo() == null || !base.exceeds(bracket.upTo())) {
                break;
            }
            lower = bracket.upTo();
        }
        return cap;
    }

    /**
     * What is wrong with a schedule an admin entered, if anything: bounds rising, only the last
     * unbounded, rates between 0 and 60 %. An empty schedule is allowed (no indirect costs: fund
     * instruments, lump-sum programmes).
     */
    public Optional<String> problem() {
        List<String> problems = new ArrayList<>();
        Money previous = Money.ZERO;
        for (int i = 0; i < brackets.size(); i++) {
            IndirectCostBracket b = brackets.get(i);
            boolean last = i == brackets.size() - 1;
            if (b.rate() == null || b.rate().signum() < 0 || b.rate().compareTo(MAX_RATE) > 0) {
                problems.add("bracket " + (i + 1) + ": the rate must be between 0 and 0.60");
            }
            if (b.upTo() == null && !last) {
                problems.add("bracket " + (i + 1) + ": only the last bracket may be unbounded");
            }
            if (b.upTo() != null) {
                if (!b.upTo().exceeds(previous)) {
                    problems.add("bracket " + (i + 1) + ": bounds must rise");
                }
                previous = b.upTo();
            }
            if (last && b.upTo() != null) {
                problems.add("the last bracket must be unbounded");
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }
}
