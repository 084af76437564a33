package org.tianshan.grants.call.control;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.call.entity.RubricCriterion;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.Violation;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallTermsTest {

    static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2027-01-15T09:00:00Z");
    static final List<RubricCriterion> RUBRIC = List.of(
            new RubricCriterion(1, "INNOVATION", "创新性", 40, 10),
            new RubricCriterion(2, "FEASIBILITY", "可行性", 35, 10),
            new RubricCriterion(3, "TEAM", "团队", 25, 10));

    static CallTerms.Terms competitive(Instant closes, String ceiling, int reviewers, List<RubricCriterion> rubric) {
        return new CallTerms.Terms("COMPETITIVE", OPENS, closes, Money.parse(ceiling), Money.parse("10000000"),
                reviewers, rubric, null, null, null);
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void soundTermsPass() {
        assertTrue(CallTerms.check(competitive(CLOSES, "500000", 5, RUBRIC)).isEmpty());
    }

    @Test
    void theWindowMustCloseAfterItOpens() {
        assertEquals(List.of("closesAt"), fields(CallTerms.check(competitive(OPENS, "500000", 5, RUBRIC))));
    }

    @Test
    void theCeilingMustBePositiveAndWithinTheTotalBudget() {
        assertEquals(List.of("ceiling"), fields(CallTerms.check(competitive(CLOSES, "0", 5, RUBRIC))));
        assertEquals(List.of("ceiling"), fields(CallTerms.check(competitive(CLOSES, "10000000.01", 5, RUBRIC))));
    }

    @Test
    void atLeastThreeReviewers() {
        assertEquals(List.of("reviewersPerApplication"), fields(CallTerms.check(competitive(CLOSES, "500000", 2, RUBRIC))));
    }

    @Test
    void rubricWeightsSumToOneHundredAndCodesAreDistinct() {
        assertEquals(List.of("rubric"), fields(CallTerms.check(competitive(CLOSES, "500000", 5, RUBRIC.subList(0, 2)))));
        assertTrue(fields(CallTerms.check(competitive(CLOSES, "500000", 5, List.of(
                new RubricCriterion(1, "A", "a", 50, 10), new RubricCriterion(2, "A", "b", 50, 10))))).contains("rubric"));
    }

    @Test
    void aChallengeCallPublishesProblemAndBountyAndOnlyItDoes() {
        CallTerms.Terms noBounty = new CallTerms.Terms("CHALLENGE", OPENS, CLOSES, Money.parse("5000000"), Money.parse("10000000"),
                5, RUBRIC, "突破高寒地区棉花机采关键技术", null, null);
        assertEquals(List.of("challenge"), fields(CallTerms.check(noBounty)));
        CallTerms.Terms complete = new CallTerms.Terms("CHALLENGE", OPENS, CLOSES, Money.parse("5000000"), Money.parse("10000000"),
                5, RUBRIC, "突破高寒地区棉花机采关键技术", Money.parse("5000000"), null);
        assertTrue(CallTerms.check(complete).isEmpty());
        CallTerms.Terms strayBounty = new CallTerms.Terms("COMPETITIVE", OPENS, CLOSES, Money.parse("500000"), Money.parse("10000000"),
                5, RUBRIC, null, Money.parse("1"), null);
        assertEquals(List.of("challenge"), fields(CallTerms.check(strayBounty)));
    }

    @Test
    void aRaceCallFundsAtLeastTwoTeams() {
        CallTerms.Terms oneTeam = new CallTerms.Terms("RACE", OPENS, CLOSES, Money.parse("500000"), Money.parse("10000000"),
                5, RUBRIC, null, null, 1);
        assertEquals(List.of("raceTeams"), fields(CallTerms.check(oneTeam)));
        CallTerms.Terms threeTeams = new CallTerms.Terms("RACE", OPENS, CLOSES, Money.parse("500000"), Money.parse("10000000"),
                5, RUBRIC, null, null, 3);
        assertTrue(CallTerms.check(threeTeams).isEmpty());
    }
}
