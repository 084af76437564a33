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
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        GrantApplication a = new GrantApplication(1, "KEY_RD_GENERAL", "XJ-2021-2025/KEY_RD", 7, "zhangwei", OPENS);
        List<BudgetLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < budget.length; i += 2) {
            lines.add(new BudgetLine(i / 2 + 1, budget[i], Money.parse(budget[i + 1])));
        }
        a.revise("题目", "摘要", List.of("棉花"), "21020", 3L, List.of(), lines, Set.of(), null);
        return a;
    }

    static final SubmissionRules.HostUnit UNIVERSITY = new SubmissionRules.HostUnit("新疆大学", "UNIVERSITY", true, Set.of());

    static SubmissionRules.Limits limits(long othersInCall) {
        return new SubmissionRules.Limits(1, othersInCall, 2, othersInCall, 3, Map.of());
    }

    static SubmissionRules.Facts facts(Instant now, long others, Integer maxAge, LocalDate born, BigDecimal ratio) {
        return with(limits(others), UNIVERSITY, now, maxAge, born, ratio);
    }

    static SubmissionRules.Facts with(SubmissionRules.Limits limits, SubmissionRules.HostUnit unit, Instant now, Integer maxAge,
                                      LocalDate born, BigDecimal ratio) {
        return new SubmissionRules.Facts(now, true, OPENS, CLOSES, Money.parse("500000"), "COMPETITIVE", NATIONAL, limits,
                maxAge, born, ratio, unit, List.of());
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
        GrantApplication a = new GrantApplication(1, "KEY_RD_GENERAL", "XJ-2021-2025/KEY_RD", 7, "zhangwei", OPENS);
        a.revise(null, null, List.of(), null, null, List.of(), List.of(
                new BudgetLine(1, "BUSINESS", Money.parse("400000")), new BudgetLine(2, "INDIRECT", Money.parse("200000"))), Set.of(), null);
        List<String> found = rules(SubmissionRules.check(a, facts(NOW, 1, 35, LocalDate.parse("1980-01-01"), BigDecimal.ONE)));
        assertEquals(List.of("INCOMPLETE", "BUDGET_OVER_CEILING", "INDIRECT_COST_CAP", "LIMIT_EXCEEDED", "AGE_LIMIT", "CO_FUNDING_REQUIRED"), found);
        // (INTEGRITY_VETO comes between LIMIT_EXCEEDED and AGE_LIMIT when present: see anActiveSeriousRecordVetoes)
    }

    @Test
    void anActiveSeriousRecordVetoes() {
        SubmissionRules.Facts vetoed = new SubmissionRules.Facts(NOW, true, OPENS, CLOSES, Money.parse("500000"), "COMPETITIVE",
                NATIONAL, limits(0), null, null, null, UNIVERSITY, List.of("team member 9: 论文造假"));
        assertEquals(List.of("INTEGRITY_VETO"), rules(SubmissionRules.check(application(SOUND), vetoed)));
    }

    @Test
    void ageIsTakenAtTheCallsClose() {
        // 35 on 2027-01-15 (born 1991-06-01 is 35) passes; born 1991-01-14 is 36 at the close
        assertTrue(SubmissionRules.check(application(SOUND), facts(NOW, 0, 35, LocalDate.parse("1991-06-01"), null)).isEmpty());
        assertEquals(List.of("AGE_LIMIT"), rules(SubmissionRules.check(application(SOUND), facts(NOW, 0, 35, LocalDate.parse("1991-01-14"), null))));
        assertEquals(List.of("AGE_LIMIT"), rules(SubmissionRules.check(application(SOUND), facts(NOW, 0, 35, null, null))), "unknown age");
    }

    @Test
    void thePiLimitHoldsPerSectionAcrossCalls() {
        // none in this call, but 2 active in the section, which allows 2
        SubmissionRules.Limits full = new SubmissionRules.Limits(1, 0, 2, 2, 3, Map.of());
        List<Violation> found = SubmissionRules.check(application(SOUND), with(full, UNIVERSITY, NOW, null, null, null));
        assertEquals(List.of("LIMIT_EXCEEDED"), rules(found));
        assertTrue(found.get(0).message().contains("in this section"), found.get(0).message());
        assertTrue(SubmissionRules.check(application(SOUND), with(new SubmissionRules.Limits(1, 0, 2, 1, 3, Map.of()),
                UNIVERSITY, NOW, null, null, null)).isEmpty(), "one below the section limit passes");
    }

    @Test
    void theMemberLimitNamesEachMemberAtTheLimit() {
        SubmissionRules.Limits members = new SubmissionRules.Limits(1, 0, 2, 0, 3, Map.of("lisi", 3L, "wangwu", 2L));
        List<Violation> found = SubmissionRules.check(application(SOUND), with(members, UNIVERSITY, NOW, null, null, null));
        assertEquals(List.of("LIMIT_EXCEEDED"), rules(found));
        assertTrue(found.get(0).message().contains("lisi"), found.get(0).message());
        assertFalse(found.get(0).message().contains("wangwu"), "a member below the limit is not named");
    }

    @Test
    void everyLimitReachedIsOneViolationWithEachReason() {
        SubmissionRules.Limits all = new SubmissionRules.Limits(1, 1, 2, 2, 3, Map.of("lisi", 5L));
        List<Violation> found = SubmissionRules.check(application(SOUND), with(all, UNIVERSITY, NOW, null, null, null));
        assertEquals(List.of("LIMIT_EXCEEDED"), rules(found));
        assertEquals(3, found.get(0).message().split(" \\| ").length, found.get(0).message());
    }

    @Test
    void onlyEligibleUnitTypesMayHost() {
        SubmissionRules.HostUnit university = new SubmissionRules.HostUnit("新疆大学", "UNIVERSITY", true, Set.of("ENTERPRISE"));
        assertEquals(List.of("UNIT_NOT_ELIGIBLE"), rules(SubmissionRules.check(application(SOUND),
                with(limits(0), university, NOW, null, null, null))));
        SubmissionRules.HostUnit enterprise = new SubmissionRules.HostUnit("新疆某公司", "ENTERPRISE", true, Set.of("ENTERPRISE"));
        assertTrue(SubmissionRules.check(application(SOUND), with(limits(0), enterprise, NOW, null, null, null)).isEmpty());
        SubmissionRules.HostUnit inactive = new SubmissionRules.HostUnit("撤销单位", "UNIVERSITY", false, Set.of());
        assertEquals(List.of("UNIT_NOT_ELIGIBLE"), rules(SubmissionRules.check(application(SOUND),
                with(limits(0), inactive, NOW, null, null, null))));
    }

    @Test
    void aClosedCallOrOneNotYetOpenTakesNoSubmission() {
        SubmissionRules.Facts closed = new SubmissionRules.Facts(NOW, false, OPENS, CLOSES, Money.parse("500000"), "COMPETITIVE",
                NATIONAL, limits(0), null, null, null, UNIVERSITY, List.of());
        assertEquals(List.of("CALL_NOT_OPEN"), rules(SubmissionRules.check(application(SOUND), closed)));
        assertEquals(List.of("CALL_NOT_OPEN"), rules(SubmissionRules.check(application(SOUND), facts(OPENS.minusSeconds(1), 0, null, null, null))),
                "one second before the window opens");
    }
}
