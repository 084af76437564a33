package org.tianshan.grants.call.control;

import org.tianshan.grants.call.entity.RubricCriterion;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the terms of a call must satisfy, whatever its programme: a window that closes after it opens,
 * a positive ceiling within the total budget, at least three reviewers, a rubric of distinct criteria
 * whose whole-percent weights sum to 100, and the fields its funding mode needs (CHALLENGE: problem and
 * bounty; RACE: at least two parallel teams) and no others.
 */
public final class CallTerms {

    public static final int MIN_REVIEWERS = 3;

    private CallTerms() {
    }

    public record Terms(String fundingMode, Instant opensAt, Instant closesAt, Money ceiling, Money totalBudget,
                        int reviewersPerApplication, List<RubricCriterion> rubric, String challengeProblem,
                        Money challengeBounty, Integer raceTeams) {
    }

    public static List<Violation> check(Terms t) {
        List<Violation> problems = new ArrayList<>();
        if (!t.closesAt().isAfter(t.opensAt())) {
            problems.add(new Violation("closesAt", "must be after opensAt"));
        }
        if (t.ceiling().compareTo(Money.ZERO) <= 0) {
            problems.add(new Violation("ceiling", "must be positive"));
        }
        if (t.ceiling().exceeds(t.totalBudget())) {
            problems.add(new Violation("ceiling", "cannot exceed the total budget"));
        }
        if (t.reviewersPerApplication() < MIN_REVIEWERS) {
            problems.add(new Violation("reviewersPerApplication", "at least " + MIN_REVIEWERS));
        }
        int weights = 0;
        Set<String> codes = new HashSet<>();
        for (RubricCriterion c : t.rubric()) {
            weights += c.weight();
            if (!codes.add(c.code())) {
                problems.add(new Violation("rubric", "criterion " + c.code() + " appears twice"));
            }
            if (c.weight() < 1 || c.maxScore() < 1) {
                problems.add(new Violation("rubric", "criterion " + c.code() + ": weight and maxScore must be at least 1"));
            }
        }
        if (weights != 100) {
            problems.add(new Violation("rubric", "the weights sum to " + weights + ", not 100"));
        }
        boolean challenge = "CHALLENGE".equals(t.fundingMode());
        boolean race = "RACE".equals(t.fundingMode());
        if (challenge && (t.challengeProblem() == null || t.challengeProblem().isBlank() || t.challengeBounty() == null)) {
            problems.add(new Violation("challenge", "a CHALLENGE (揭榜挂帅) call publishes its problem and bounty"));
        }
        if (challenge && t.challengeBounty() != null && t.challengeBounty().exceeds(t.totalBudget())) {
            problems.add(new Violation("challenge", "the bounty cannot exceed the total budget"));
        }
        if (!challenge && (t.challengeProblem() != null || t.challengeBounty() != null)) {
            problems.add(new Violation("challenge", "only CHALLENGE calls have a problem and a bounty"));
        }
        if (race && (t.raceTeams() == null || t.raceTeams() < 2)) {
            problems.add(new Violation("raceTeams", "a RACE (赛马制) call funds at least 2 teams in parallel"));
        }
        if (!race && t.raceTeams() != null) {
            problems.add(new Violation("raceTeams", "only RACE calls fund parallel teams"));
        }
        return problems;
    }
}
