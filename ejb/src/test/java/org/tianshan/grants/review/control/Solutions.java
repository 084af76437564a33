package org.tianshan.grants.review.control;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Checks any solver's result against the graph: only eligible arcs, each once, no cap exceeded, honest totals. */
final class Solutions {

    private Solutions() {
    }

    static void assertFeasible(CandidateGraph graph, AssignmentResult result) {
        int[] count = new int[graph.applications()];
        int[] load = new int[graph.experts()];
        Set<Long> seen = new HashSet<>();
        long total = 0;
        Pair previous = null;
        for (Pair pair : result.pairs()) {
            if (previous != null) {
                assertTrue(previous.application() < pair.application()
                        || previous.application() == pair.application() && previous.expert() < pair.expert(), "sorted, no pair twice");
            }
            previous = pair;
            assertTrue(seen.add((long) pair.application() << 32 | pair.expert()));
            int arc = arc(graph, pair.application(), pair.expert());
            assertEquals(graph.arcAffinity(arc), pair.affinity());
            total += pair.affinity();
            count[pair.application()]++;
            load[pair.expert()]++;
        }
        assertEquals(total, result.totalAffinity());
        for (int e = 0; e < graph.experts(); e++) {
            assertTrue(load[e] <= graph.expert(e).capacity(), "expert " + e + " over capacity");
        }
        int u = 0;
        for (int a = 0; a < graph.applications(); a++) {
            int needed = graph.application(a).needed();
            assertTrue(count[a] <= needed, "application " + a + " over needed");
            if (count[a] < needed) {
                Unfilled unfilled = result.unfilled().get(u++);
                assertEquals(a, unfilled.application());
                assertEquals(needed - count[a], unfilled.missing());
            }
        }
        assertEquals(u, result.unfilled().size());
    }

    static int arc(CandidateGraph graph, int application, int expert) {
        for (int arc = graph.start(application); arc < graph.end(application); arc++) {
            if (graph.arcExpert(arc) == expert) {
                return arc;
            }
        }
        fail("pair " + application + "–" + expert + " is not an eligible arc");
        return -1;
    }

    /** The best (pairs, then total affinity) over every feasible assignment: [pairs, affinity]. */
    static long[] bruteForce(CandidateGraph graph) {
        int[] remaining = new int[graph.experts()];
        for (int e = 0; e < remaining.length; e++) {
            remaining[e] = graph.expert(e).capacity();
        }
        long[] best = {0, 0};
        search(graph, 0, graph.start(0), graph.application(0).needed(), remaining, 0, 0, best);
        return best;
    }

    /** Chooses for application a, from arc on, up to `left` more experts; then moves to the next application. */
    private static void search(CandidateGraph graph, int a, int arc, int left, int[] remaining, long pairs, long affinity,
                               long[] best) {
        if (a == graph.applications()) {
            if (pairs > best[0] || pairs == best[0] && affinity > best[1]) {
                best[0] = pairs;
                best[1] = affinity;
            }
            return;
        }
        int next = a + 1;
        if (next < graph.applications()) {
            search(graph, next, graph.start(next), graph.application(next).needed(), remaining, pairs, affinity, best);
        } else {
            search(graph, next, 0, 0, remaining, pairs, affinity, best);
        }
        if (left == 0) {
            return;
        }
        for (int x = arc; x < graph.end(a); x++) {
            int e = graph.arcExpert(x);
            if (remaining[e] > 0) {
                remaining[e]--;
                search(graph, a, x + 1, left - 1, remaining, pairs + 1, affinity + graph.arcAffinity(x), best);
                remaining[e]++;
            }
        }
    }
}
