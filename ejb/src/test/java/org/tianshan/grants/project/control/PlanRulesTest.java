package org.tianshan.grants.project.control;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.project.entity.KpiCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The approved scope of a plan: KPI targets never below the application's, milestones within the period. */
class PlanRulesTest {

    static final LocalDate START = LocalDate.of(2026, 12, 3);
    static final LocalDate END = LocalDate.of(2029, 12, 3);

    static Map<KpiCode, BigDecimal> kpis(Object... pairs) {
        Map<KpiCode, BigDecimal> map = new EnumMap<>(KpiCode.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((KpiCode) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return map;
    }

    static List<PlanRules.Milestone> at(LocalDate... days) {
        return java.util.Arrays.stream(days).map(d -> new PlanRules.Milestone(d, "检查")).toList();
    }

    @Test
    void aTargetMayRiseOrStayButNeverFallBelowTheApplication() {
        Map<KpiCode, BigDecimal> floors = kpis(KpiCode.PAPERS, 5, KpiCode.TRANSFER_INCOME, "500000.00");
        assertTrue(PlanRules.violations(floors, kpis(KpiCode.PAPERS, 5, KpiCode.TRANSFER_INCOME, "600000.00"), List.of(), START, END).isEmpty());
        List<Violation> below = PlanRules.violations(floors, kpis(KpiCode.PAPERS, 4, KpiCode.TRANSFER_INCOME, "499999.99"), List.of(),
                START, END);
        assertEquals(2, below.size());
        assertTrue(below.stream().allMatch(v -> v.field().equals(PlanRules.KPI_BELOW_APPLICATION)));
        assertTrue(below.get(0).message().contains("PAPERS: 4 is below the 5"), below.get(0).message());
    }

    @Test
    void aKpiTheApplicationDidNotPromiseHasTheFloorZero() {
        assertTrue(PlanRules.violations(kpis(), kpis(KpiCode.PATENTS, 0), List.of(), START, END).isEmpty());
    }

    @Test
    void milestonesFallWithinTheProjectPeriodBoundsIncluded() {
        assertTrue(PlanRules.violations(kpis(), kpis(), at(START, END), START, END).isEmpty());
        List<Violation> outside = PlanRules.violations(kpis(), kpis(), at(START.minusDays(1), END, END.plusDays(1)), START, END);
        assertEquals(List.of(PlanRules.MILESTONE_OUTSIDE_PERIOD, PlanRules.MILESTONE_OUTSIDE_PERIOD),
                outside.stream().map(Violation::field).toList());
        assertTrue(outside.get(1).message().startsWith("milestones[2]"));
    }

    @Test
    void countsAreWholeNumbersAndIncomeIsYuanWithTwoDecimals() {
        assertEquals(Optional.of(new BigDecimal("12.00")), PlanRules.parse(KpiCode.PAPERS, "12"));
        assertEquals(Optional.empty(), PlanRules.parse(KpiCode.PAPERS, "1.5"));
        assertEquals(Optional.empty(), PlanRules.parse(KpiCode.PAPERS, "-1"));
        assertEquals(Optional.empty(), PlanRules.parse(KpiCode.PEOPLE_TRAINED, "2000000"));
        assertEquals(Optional.of(new BigDecimal("500000.50")), PlanRules.parse(KpiCode.TRANSFER_INCOME, "500000.5"));
        assertEquals(Optional.empty(), PlanRules.parse(KpiCode.TRANSFER_INCOME, "1.234"));
        assertEquals("12", PlanRules.text(KpiCode.PAPERS, new BigDecimal("12.00")));
        assertEquals("500000.50", PlanRules.text(KpiCode.TRANSFER_INCOME, new BigDecimal("500000.5")));
    }
}
