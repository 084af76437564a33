package org.tianshan.grants.review.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OptimalMatchingTest {

    @Test
    void drawsAsManyPairsAndAsMuchAffinityAsTheBestOfAllAssignments() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int round = 0; round < 400; round++) {
            CandidateGraph graph = Facts.randomGraph(random, 4, 5, 2, 2);
            AssignmentResult result = OptimalMatching.assign(graph);
            Solutions.assertFeasible(graph, result);
            long[] best = Solutions.bruteForce(graph);
            assertEquals(best[0], result.pairs().size(), "pairs, round " + round);
            assertEquals(best[1], result.totalAffinity(), "affinity, round " + round);
        }
    }

    @Test
    void matchesTheBestAssignmentWhenCapacitiesBindHard() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 150; round++) {
            CandidateGraph graph = Facts.randomGraph(random, 6, 4, 3, 3);
            AssignmentResult result = OptimalMatching.assign(graph);
            Solutions.assertFeasible(graph, result);
            long[] best = Solutions.bruteForce(graph);
            assertEquals(best[0], result.pairs().size(), "pairs, round " + round);
            assertEquals(best[1], result.totalAffinity(), "affinity, round " + round);
        }
    }

    @Test
    void givesUpAffinityForAnotherPair() {
        // A fits X best; B can only have X. The optimum gives X to B and Y to A: two pairs beat one better one.
        List<ApplicationFacts> apps = List.of(Facts.application(1, "52020", 1), Facts.application(2, "5301010", 1));
        List<ExpertFacts> pool = List.of(
                new ExpertFacts(10, 1010, null, new String[]{"52020", "530"}, Set.of(), false, null, null, null, null, 1),
                Facts.expert(11, "520", 1));
        CandidateGraph graph = CandidateGraph.build(apps, pool);
        AssignmentResult result = OptimalMatching.assign(graph);
        assertEquals(List.of(new Pair(0, 1, 4), new Pair(1, 0, 4)), result.pairs());
        assertEquals(8, result.totalAffinity());
    }

    @Test
    void staysFeasibleAndFillsAsManyAsTheRepairedRandomDrawOnLargerInstances() {
        SplittableRandom random = new SplittableRandom(99);
        for (int round = 0; round < 30; round++) {
            CandidateGraph graph = Facts.randomGraph(random, 120, 60, 5, 8);
            AssignmentResult optimal = OptimalMatching.assign(graph);
            Solutions.assertFeasible(graph, optimal);
            AssignmentResult drawn = RandomDraw.assign(graph, round);
            Solutions.assertFeasible(graph, drawn);
            assertEquals(optimal.pairs().size(), drawn.pairs().size());
            assertEquals(true, optimal.totalAffinity() >= drawn.totalAffinity());
        }
    }

    @Test
    void reportsWhyAnApplicationIsShort() {
        List<ApplicationFacts> apps = List.of(
                Facts.application(1, "630", 2),                                   // one matched expert only
                new ApplicationFacts(2, null, null, null, new long[]{1012}, null, "520", Set.of("ai"), 2), // excludes one of two
                Facts.application(3, "520", 2),                                   // both eligible, but 11 goes to 2
                Facts.application(4, "520", 0));
        List<ExpertFacts> pool = List.of(Facts.expert(10, "630", 1),
                new ExpertFacts(11, 1011, null, new String[]{"520"}, Set.of("AI"), false, null, null, null, null, 1),
                Facts.expert(12, "520", 1));
        CandidateGraph graph = CandidateGraph.build(apps, pool);
        AssignmentResult result = OptimalMatching.assign(graph);
        Solutions.assertFeasible(graph, result);
        assertEquals(List.of(
                new Unfilled(0, 1, UnfilledReason.NO_MATCHING_EXPERTS),
                new Unfilled(1, 1, UnfilledReason.CONFLICTS),
                new Unfilled(2, 1, UnfilledReason.LOAD_CAP)), result.unfilled());
    }

    @Test
    void anEmptyCallDrawsNothing() {
        AssignmentResult result = OptimalMatching.assign(CandidateGraph.build(List.of(), List.of()));
        assertEquals(List.of(), result.pairs());
        assertEquals(0, result.totalAffinity());
    }
}
