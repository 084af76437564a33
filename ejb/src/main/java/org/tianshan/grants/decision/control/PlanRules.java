package org.tianshan.grants.decision.control;

import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a funding plan must keep (DESIGN.md §4 "Decision"), and the default plan an officer starts
 * from. Pure: the boundary gathers the facts.
 * <ul>
 *   <li>every application in the plan is REVIEWED in this call ({@code NOT_REVIEWED});</li>
 *   <li>no amount above what the application requested ({@code AMOUNT_ABOVE_REQUEST});</li>
 *   <li>the plan fits the call's total budget ({@code OVER_CALL_BUDGET});</li>
 *   <li>a RACE call (赛马制) funds at most its {@code raceTeams} teams ({@code RACE_TEAMS_EXCEEDED}); a
 *       CHALLENGE call (揭榜挂帅) funds one winning team, at most its bounty ({@code CHALLENGE_ONE_WINNER},
 *       {@code OVER_BOUNTY}).</li>
 * </ul>
 */
public final class PlanRules {

    private PlanRules() {
    }

    /** One line of a plan as proposed: the application and the amount. */
    public record Line(long applicationId, Money amount) {
    }

    /** An application of the call as the plan sees it: its place in the frozen ranking, what it asked for, whether it is REVIEWED. */
    public record Candidate(long applicationId, int rank, Money requested, boolean reviewed) {
    }

    /** The call's terms that bound a plan. */
    public record Terms(String fundingMode, Money totalBudget, Integer raceTeams, Money bounty) {
    }

    /** Each rule the plan breaks, with what breaks it; empty when it may be proposed. */
    public static List<Violation> check(List<Line> lines, Map<Long, Candidate> candidates, Terms terms) {
        List<Violation> violations = new ArrayList<>();
        Money total = Money.ZERO;
        for (Line line : lines) {
            total = total.plus(line.amount());
            Candidate c = candidates.get(line.applicationId());
            if (c == null || !c.reviewed()) {
                violations.add(new Violation("NOT_REVIEWED", "application " + line.applicationId()
                        + " is not a REVIEWED application of this call"));
            } else if (line.amount().exceeds(c.requested())) {
                violations.add(new Violation("AMOUNT_ABOVE_REQUEST", "application " + line.applicationId() + ": "
                        + line.amount() + " is more than the " + c.requested() + " requested"));
            }
        }
        if (total.exceeds(terms.totalBudget())) {
            violations.add(new Violation("OVER_CALL_BUDGET", "the plan totals " + total + ", the call's budget is " + terms.totalBudget()));
        }
        if ("RACE".equals(terms.fundingMode()) && terms.raceTeams() != null && lines.size() > terms.raceTeams()) {
            violations.add(new Violation("RACE_TEAMS_EXCEEDED", "a race call funds at most " + terms.raceTeams() + " teams"));
        }
        if ("CHALLENGE".equals(terms.fundingMode())) {
            if (lines.size() > 1) {
                violations.add(new Violation("CHALLENGE_ONE_WINNER", "a challenge call funds one winning team"));
            }
            if (terms.bounty() != null && lines.stream().anyMatch(l -> l.amount().exceeds(terms.bounty()))) {
                violations.add(new Violation("OVER_BOUNTY", "a challenge call pays at most its bounty of " + terms.bounty()));
            }
        }
        return violations;
    }

    /**
     * The default plan: in rank order, each application at its full request while the budget lasts,
     * skipping one that does not fit (a smaller one further down may); a RACE call stops after its
     * {@code raceTeams}; a CHALLENGE call funds the top team with the bounty (never above its request).
     */
    public static List<Line> proposal(List<Candidate> ranked, Terms terms) {
        List<Candidate> eligible = ranked.stream().filter(Candidate::reviewed)
                .sorted(java.util.Comparator.comparingInt(Candidate::rank)).toList();
        List<Line> lines = new ArrayList<>();
        if ("CHALLENGE".equals(terms.fundingMode())) {
            Optional<Candidate> winner = eligible.stream().findFirst();
            winner.ifPresent(w -> lines.add(new Line(w.applicationId(),
                    terms.bounty() == null ? w.requested() : Money.min(w.requested(), terms.bounty()))));
            return lines.isEmpty() || lines.get(0).amount().exceeds(terms.totalBudget()) ? List.of() : lines;
        }
        int limit = "RACE".equals(terms.fundingMode()) && terms.raceTeams() != null ? terms.raceTeams() : Integer.MAX_VALUE;
        Money left = terms.totalBudget();
        for (Candidate c : eligible) {
            if (lines.size() >= limit) {
                break;
            }
            if (!c.requested().exceeds(left)) {
                lines.add(new Line(c.applicationId(), c.requested()));
                left = left.minus(c.requested());
            }
        }
        return lines;
    }
}
