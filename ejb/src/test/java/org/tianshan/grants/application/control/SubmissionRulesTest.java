package org.tianshan.grants.application.control;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.application.entity.BudgetLine;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.catalog.control.IndirectCostSchedule;
import org.tianshan.grants.catalog.entity.IndirectCostBracket;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionRulesTest {

    static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2027-01-15T09:00:00Z");
    static final Instant NOW = Instant.parse("2027-01-10T00:00:00Z");
    static final IndirectCostSchedule NATIONAL = new IndirectCostSchedule(List.of(
            new IndirectCostBracket(1, Money.parse("5000000"), new BigDecimal("0.30")),
            new IndirectCostBracket(2, Money.parse("10000000"), new BigDecimal("0.25")),
            new IndirectCostBracket(3, null, new BigDecimal("0.20"))));

    static GrantApplication application(String... budget) {
        GrantApplication a = new GrantApplication(1, 7, "zhangwei", OPENS);
        List<BudgetLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < budget.length; i += 2) {
            lines.add(new BudgetLine(i / 2 + 1, budget[i], Money.parse(budget[i + 1])));
        }
        a.revise("题目", "摘要", List.of("棉花"), "21020", 3L, List.of(), lines, Set.of(), null);
        return a;
    }

    static SubmissionRules.Facts facts(Instant now, long others, Integer maxAge, LocalDate born, BigDecimal ratio) {
        return new SubmissionRules.Facts(now, true, OPENS, CLOSES, Money.parse("500000"), "COMPETITIVE", NATIONAL, 1, others,
                maxAge, born, ratio, List.of());
    }

    static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    static final String[] SOUND = {"EQUIPMENT", "100000", "BUSINESS", "250000", "LABOUR", "50000", "INDIRECT", "60000"};

    @Test
    void aSoundApplicationPasses() {
        assertTrue(SubmissionRules.check(application(SOUND), facts(NOW, 0, null, null, null)).isEmpty());
    }

    @Test
    void theDeadlineIsExclusive() {
        assertEquals(List.of("DEADLINE_PASSED"), rules(SubmissionRules.check(application(SOUND), facts(CLOSES, 0, null, null, null))));
        assertTrue(SubmissionRules.check(application(SOUND), facts(CLOSES.minusSeconds(1), 0, null, null, null)).isEmpty());
    }

    @Test
    void theIndirectCapAppliesToDirectCostsLessEquipment() {
        // direct less equipment = 400000 - 100000 = 300000 → cap 90000
        assertTrue(SubmissionRules.check(application("EQUIPMENT", "100000", "BUSINESS", "300000", "INDIRECT", "90000"),
                facts(NOW, 0, null, null, null)).isEmpty());
        assertEquals(List.of("INDIRECT_COST_CAP"), rules(SubmissionRules.check(
                application("EQUIPMENT", "100000", "BUSINESS", "300000", "INDIRECT", "90000.01"), facts(NOW, 0, null, null, null))));
    }

    @Test
    void eachViolatedRuleIsListed() {
        GrantApplication a = new GrantApplication(1, 7, "zhangwei", OPENS);
        a.revise(null, null, List.of(), null, null, List.of(), List.of(
                new BudgetLine(1, "BUSINESS", Money.parse("400000")), new BudgetLine(2, "INDIRECT", Money.parse("200000"))), Set.of(), null);
        List<String> found = rules(SubmissionRules.check(a, facts(NOW, 1, 35, LocalDate.parse("1980-01-01"), BigDecimal.ONE)));
        assertEquals(List.of("INCOMPLETE", "BUDGET_OVER_CEILING", "INDIRECT_COST_CAP", "LIMIT_EXCEEDED", "AGE_LIMIT", "CO_FUNDING_REQUIRED"), found);
        // (INTEGRITY_VETO comes between LIMIT_EXCEEDED and AGE_LIMIT when present: see anActiveSeriousRecordVetoes)
    }

    @Test
    void anActiveSeriousRecordVetoes() {
        SubmissionRules.Facts vetoed = new SubmissionRules.Facts(NOW, true, OPENS, CLOSES, Money.parse("500000"), "COMPETITIVE",
                NATIONAL, 1, 0, null, null, null, List.of("team member 9: 论文造假"));
        assertEquals(List.of("INTEGRITY_VETO"), rules(SubmissionRules.check(application(SOUND), vetoed)));
    }

    @Test
    void ageIsTakenAtTheCallsClose() {
        // 35 on 2027-01-15 (born 1991-06-01 is 35) passes; born 1991-01-14 is 36 at the close
        assertTrue(SubmissionRules.check(application(SOUND), facts(NOW, 0, 35, LocalDate.parse("1991-06-01"), null)).isEmpty());
        assertEquals(List.of("AGE_LIMIT"), rules(SubmissionRules.check(application(SOUND), facts(NOW, 0, 35, LocalDate.parse("1991-01-14"), null))));
        assertEquals(List.of("AGE_LIMIT"), rules(SubmissionRules.check(application(SOUND), facts(NOW, 0, 35, null, null))), "unknown age");
    }
}
