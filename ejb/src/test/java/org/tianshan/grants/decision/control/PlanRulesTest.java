package org.tianshan.grants.decision.control;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.Violation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanRulesTest {

    static final PlanRules.Terms COMPETITIVE = new PlanRules.Terms("COMPETITIVE", m("1000000.00"), null, null);

    static Money m(String s) {
        return Money.parse(s);
    }

    static Map<Long, PlanRules.Candidate> candidates(PlanRules.Candidate... c) {
        return List.of(c).stream().collect(Collectors.toMap(PlanRules.Candidate::applicationId, Function.identity()));
    }

    static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aPlanWithinTheBudgetOfReviewedApplicationsAtOrBelowTheirRequestPasses() {
        var c = candidates(new PlanRules.Candidate(1, 1, m("500000.00"), true), new PlanRules.Candidate(2, 2, m("400000.00"), true));
        assertTrue(PlanRules.check(List.of(new PlanRules.Line(1, m("500000.00")), new PlanRules.Line(2, m("350000.00"))), c, COMPETITIVE).isEmpty());
    }

    @Test
    void overTheCallBudgetIsRefused() {
        var c = candidates(new PlanRules.Candidate(1, 1, m("600000.00"), true), new PlanRules.Candidate(2, 2, m("500000.00"), true));
        assertEquals(List.of("OVER_CALL_BUDGET"), rules(PlanRules.check(
                List.of(new PlanRules.Line(1, m("600000.00")), new PlanRules.Line(2, m("400000.01"))), c, COMPETITIVE)));
    }

    @Test
    void anAmountAboveTheRequestAndAnApplicationNotReviewedAreEachNamed() {
        var c = candidates(new PlanRules.Candidate(1, 1, m("100000.00"), true), new PlanRules.Candidate(2, 2, m("100000.00"), false));
        assertEquals(List.of("AMOUNT_ABOVE_REQUEST", "NOT_REVIEWED", "NOT_REVIEWED"), rules(PlanRules.check(List.of(
                new PlanRules.Line(1, m("100000.01")), new PlanRules.Line(2, m("1.00")), new PlanRules.Line(3, m("1.00"))), c, COMPETITIVE)));
    }

    @Test
    void theDefaultPlanTakesTheRankingInOrderAndSkipsWhatDoesNotFit() {
        var ranked = List.of(new PlanRules.Candidate(10, 1, m("500000.00"), true), new PlanRules.Candidate(11, 2, m("600000.00"), true),
                new PlanRules.Candidate(12, 3, m("300000.00"), true), new PlanRules.Candidate(13, 4, m("300000.00"), true));
        assertEquals(List.of(new PlanRules.Line(10, m("500000.00")), new PlanRules.Line(12, m("300000.00"))),
                PlanRules.proposal(ranked, COMPETITIVE), "11 does not fit after 10; 12 does; 13 no longer fits");
    }

    @Test
    void aRaceCallFundsItsTopTeamsOnlyAndAChallengeCallOneWinnerWithTheBounty() {
        var ranked = List.of(new PlanRules.Candidate(1, 1, m("200000.00"), true), new PlanRules.Candidate(2, 2, m("200000.00"), true),
                new PlanRules.Candidate(3, 3, m("200000.00"), true));
        PlanRules.Terms race = new PlanRules.Terms("RACE", m("1000000.00"), 2, null);
        assertEquals(List.of(1L, 2L), PlanRules.proposal(ranked, race).stream().map(PlanRules.Line::applicationId).toList());
        assertEquals(List.of("RACE_TEAMS_EXCEEDED"), rules(PlanRules.check(ranked.stream()
                .map(r -> new PlanRules.Line(r.applicationId(), r.requested())).toList(), candidates(ranked.toArray(PlanRules.Candidate[]::new)), race)));
        PlanRules.Terms challenge = new PlanRules.Terms("CHALLENGE", m("150000.00"), null, m("150000.00"));
        assertEquals(List.of(new PlanRules.Line(1, m("150000.00"))), PlanRules.proposal(ranked, challenge));
        assertEquals(List.of("OVER_CALL_BUDGET", "CHALLENGE_ONE_WINNER", "OVER_BOUNTY"), rules(PlanRules.check(List.of(
                new PlanRules.Line(1, m("160000.00")), new PlanRules.Line(2, m("1.00"))), candidates(ranked.toArray(PlanRules.Candidate[]::new)), challenge)));
    }
}
