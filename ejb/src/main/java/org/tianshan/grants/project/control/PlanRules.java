package org.tianshan.grants.project.control;

import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.project.entity.KpiCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The approved scope of a contract plan (DESIGN.md §3: the PI refines KPIs and milestones "within the
 * approved scope"): a KPI target may rise or stay, never fall below what the application promised
 * ({@code KPI_BELOW_APPLICATION}); every milestone falls within the project period
 * ({@code MILESTONE_OUTSIDE_PERIOD}). Pure: no container.
 */
public final class PlanRules {

    public static final String KPI_BELOW_APPLICATION = "KPI_BELOW_APPLICATION";
    public static final String MILESTONE_OUTSIDE_PERIOD = "MILESTONE_OUTSIDE_PERIOD";

    private PlanRules() {
    }

    /** A milestone as proposed: due date and description. */
    public record Milestone(LocalDate dueOn, String description) {
    }

    /** Each violated rule, one {@link Violation} per KPI or milestone; empty when the plan is within scope. */
    public static List<Violation> violations(Map<KpiCode, BigDecimal> floors, Map<KpiCode, BigDecimal> targets,
                                             List<Milestone> milestones, LocalDate startsOn, LocalDate endsOn) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<KpiCode, BigDecimal> t : targets.entrySet()) {
            BigDecimal floor = floors.getOrDefault(t.getKey(), BigDecimal.ZERO);
            if (t.getValue().compareTo(floor) < 0) {
                violations.add(new Violation(KPI_BELOW_APPLICATION, t.getKey() + ": " + text(t.getKey(), t.getValue())
                        + " is below the " + text(t.getKey(), floor) + " promised in the application"));
            }
        }
        for (int i = 0; i < milestones.size(); i++) {
            LocalDate due = milestones.get(i).dueOn();
            if (due.isBefore(startsOn) || due.isAfter(endsOn)) {
                violations.add(new Violation(MILESTONE_OUTSIDE_PERIOD, "milestones[" + i + "]: " + due
                        + " is outside the project period " + startsOn + " to " + endsOn));
            }
        }
        return violations;
    }

    /** A KPI value as people write it: whole numbers for counts, yuan with 2 decimals for income. */
    public static String text(KpiCode code, BigDecimal value) {
        return code.isMoney() ? Money.of(value).toString() : value.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * Parses a KPI target as the API sends it (a string): a whole number 0..1,000,000 for counts, yuan with
     * at most 2 decimals for income. Empty when malformed (the caller answers 400).
     */
    public static java.util.Optional<BigDecimal> parse(KpiCode code, String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String s = text.strip();
        if (code.isMoney()) {
            return s.matches(Money.PATTERN) ? java.util.Optional.of(Money.parse(s).amount()) : java.util.Optional.empty();
        }
        return s.matches("\\d{1,7}") && Integer.parseInt(s) <= 1_000_000
                ? java.util.Optional.of(new BigDecimal(s).setScale(2)) : java.util.Optional.empty();
    }
}
