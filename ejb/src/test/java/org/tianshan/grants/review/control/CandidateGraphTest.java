package org.tianshan.grants.review.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateGraphTest {

    @Test
    void onlyMatchedConflictFreeNotPreviouslyDrawnExpertsAreCandidates() {
        ApplicationFacts application = new ApplicationFacts(1, 900L, new long[]{1}, null, null, new long[]{13}, "52020",
                Set.of(), 3);
        List<ExpertFacts> pool = List.of(
                Facts.expert(10, "52020", 1),                                   // eligible
                Facts.expert(11, "630", 1),                                     // other first level
                new ExpertFacts(12, 1012, 900L, new String[]{"520"}, Set.of(), false, null, null, null, null, 1), // host unit
                Facts.expert(13, "52010", 1),                                   // drawn before
                Facts.expert(14, "520", 1));                                    // eligible
        CandidateGraph graph = CandidateGraph.build(List.of(application), pool);

        assertEquals(4, graph.matched(0));
        assertEquals(2, graph.conflicted(0));
        assertEquals(2, graph.eligible(0));
        assertEquals(2, graph.arcs());
        assertEquals(0, graph.arcExpert(graph.start(0)));
        assertEquals(10, graph.arcAffinity(graph.start(0)));
        assertEquals(4, graph.arcExpert(graph.start(0) + 1));
        assertEquals(4, graph.arcAffinity(graph.start(0) + 1));
    }

    @Test
    void anExpertWithSeveralCodesOfOneFirstLevelIsACandidateOnce() {
        ExpertFacts expert = new ExpertFacts(10, 1010, null, new String[]{"52010", "630", "5202010", "520"}, Set.of(), false,
                null, null, null, null, 2);
        CandidateGraph graph = CandidateGraph.build(List.of(Facts.application(1, "5202020", 1)), List.of(expert));
        assertEquals(1, graph.matched(0));
        assertEquals(1, graph.arcs());
        assertEquals(7, graph.arcAffinity(0));
    }

    @Test
    void arcsCarryTheAffinityOfTheRuleAndRowsAreSortedByExpert() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 50; round++) {
            CandidateGraph graph = Facts.randomGraph(random, 8, 12, 3, 3);
            for (int a = 0; a < graph.applications(); a++) {
                int previous = -1;
                for (int arc = graph.start(a); arc < graph.end(a); arc++) {
                    int e = graph.arcExpert(arc);
                    assertTrue(e > previous);
                    previous = e;
                    assertEquals(Affinity.score(graph.application(a), graph.expert(e)), graph.arcAffinity(arc));
                    assertTrue(ConflictRules.all(graph.application(a), graph.expert(e)).isEmpty());
                }
                assertEquals(graph.matched(a) - graph.conflicted(a), graph.eligible(a));
            }
        }
    }

    @Test
    void anApplicationWithoutDisciplineHasNoCandidates() {
        CandidateGraph graph = CandidateGraph.build(List.of(Facts.application(1, null, 1)), List.of(Facts.expert(10, "520", 1)));
        assertEquals(0, graph.matched(0));
        assertEquals(0, graph.arcs());
    }
}
