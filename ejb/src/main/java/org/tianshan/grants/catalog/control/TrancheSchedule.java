package org.tianshan.grants.catalog.control;

import org.tianshan.grants.catalog.entity.TrancheRule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A programme's tranche schedule (e.g. 60 % at contract, 40 % after a passed mid-term review). */
public record TrancheSchedule(List<TrancheRule> tranches) {

    public TrancheSchedule {
        tranches = List.copyOf(tranches);
    }

    /** What is wrong with it, if anything: numbered 1..n, shares positive and summing to exactly 1. */
    public Optional<String> problem() {
        if (tranches.isEmpty()) {
            return Optional.of("at least one tranche");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < tranches.size(); i++) {
            TrancheRule t = tranches.get(i);
            if (t.no() != i + 1) {
                return Optional.of("tranches must be numbered 1 to " + tranches.size());
            }
            if (t.share() == null || t.share().signum() <= 0) {
                return Optional.of("tranche " + t.no() + ": the share must be positive");
            }
            if (t.condition() == null) {
                return Optional.of("tranche " + t.no() + ": a release condition is required");
            }
            sum = sum.add(t.share());
        }
        return sum.compareTo(BigDecimal.ONE) == 0 ? Optional.empty()
                : Optional.of("the shares sum to " + sum.stripTrailingZeros().toPlainString() + ", not 1");
    }
}
