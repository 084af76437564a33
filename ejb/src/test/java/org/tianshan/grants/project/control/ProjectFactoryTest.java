package org.tianshan.grants.project.control;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.application.entity.ApplicationTargets;
import org.tianshan.grants.application.entity.BudgetLine;
import org.tianshan.grants.catalog.entity.TrancheCondition;
import org.tianshan.grants.catalog.entity.TrancheRule;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.project.entity.KpiCode;
import org.tianshan.grants.project.entity.ProjectBudgetLine;
import org.tianshan.grants.project.entity.ProjectKpi;
import org.tianshan.grants.project.entity.ProjectTranche;
import org.tianshan.grants.project.entity.TrancheStatus;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a new project starts with: the budget scaled to the approved amount, the programme's tranches, the promised KPIs. */
class ProjectFactoryTest {

    static final List<BudgetLine> REQUESTED = List.of(new BudgetLine(1, "EQUIPMENT", Money.parse("100000.00")),
            new BudgetLine(2, "BUSINESS", Money.parse("250000.00")), new BudgetLine(3, "LABOUR", Money.parse("50000.00")),
            new BudgetLine(4, "INDIRECT", Money.parse("60000.00")));

    static Money total(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }

    @Test
    void aCutBudgetKeepsItsCategoriesAndSumsToExactlyTheApprovedAmount() {
        List<ProjectBudgetLine> budget = ProjectFactory.budget(REQUESTED, Money.parse("333333.33"));
        assertEquals(List.of("EQUIPMENT", "BUSINESS", "LABOUR", "INDIRECT"), budget.stream().map(ProjectBudgetLine::category).toList());
        assertEquals(Money.parse("333333.33"), total(budget.stream().map(ProjectBudgetLine::amount).toList()));
        assertEquals(Money.parse("100000.00"), budget.get(0).requested());
        assertEquals(Money.parse("72463.77"), budget.get(0).amount());   // 100000 × 333333.33 / 460000 = 72463.767…
    }

    @Test
    void anUncutBudgetIsTheApplicationsBudget() {
        List<ProjectBudgetLine> budget = ProjectFactory.budget(REQUESTED, Money.parse("460000.00"));
        assertEquals(REQUESTED.stream().map(BudgetLine::amount).toList(), budget.stream().map(ProjectBudgetLine::amount).toList());
    }

    @Test
    void theTranchesFollowTheProgrammesScheduleAndSumToExactlyTheApprovedAmount() {
        List<TrancheRule> schedule = List.of(new TrancheRule(1, new BigDecimal("0.6000"), TrancheCondition.AT_CONTRACT),
                new TrancheRule(2, new BigDecimal("0.3000"), TrancheCondition.AFTER_MIDTERM),
                new TrancheRule(3, new BigDecimal("0.1000"), TrancheCondition.AFTER_ACCEPTANCE));
        List<ProjectTranche> tranches = ProjectFactory.tranches(schedule, Money.parse("123456.79"));
        assertEquals(List.of(Money.parse("74074.07"), Money.parse("37037.04"), Money.parse("12345.68")),
                tranches.stream().map(ProjectTranche::amount).toList());
        assertEquals(Money.parse("123456.79"), total(tranches.stream().map(ProjectTranche::amount).toList()));
        assertEquals(List.of(TrancheCondition.AT_CONTRACT, TrancheCondition.AFTER_MIDTERM, TrancheCondition.AFTER_ACCEPTANCE),
                tranches.stream().map(ProjectTranche::condition).toList());
        assertEquals(TrancheStatus.PLANNED, tranches.get(0).status());
    }

    @Test
    void aProgrammeWithoutAValidSchedulePaysAllAtContract() {
        List<ProjectTranche> tranches = ProjectFactory.tranches(List.of(), Money.parse("5000.00"));
        assertEquals(1, tranches.size());
        assertEquals(Money.parse("5000.00"), tranches.get(0).amount());
        assertEquals(TrancheCondition.AT_CONTRACT, tranches.get(0).condition());
    }

    @Test
    void theKpisStartFromTheApplicationsTargetsWhichAreAlsoTheirFloors() {
        List<ProjectKpi> kpis = ProjectFactory.kpis(new ApplicationTargets(5, 2, null, 1, Money.parse("500000.00"), 8));
        assertEquals(List.of(KpiCode.values()), kpis.stream().map(ProjectKpi::code).toList());
        assertEquals(0, new BigDecimal("5").compareTo(kpis.get(0).target()));
        assertEquals(0, BigDecimal.ZERO.compareTo(kpis.get(2).floor()), "no standards promised: floor 0");
        assertEquals(0, new BigDecimal("500000.00").compareTo(kpis.get(4).floor()));
        assertEquals(6, ProjectFactory.kpis(null).size(), "no targets: every KPI at 0");
    }
}
