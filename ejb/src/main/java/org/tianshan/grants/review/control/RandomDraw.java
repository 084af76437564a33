package org.tianshan.grants.review.control;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The reproducible random draw (随机抽取, DESIGN.md §4): the applications in a seeded random order, each
 * drawing its reviewers uniformly among its eligible experts that still have capacity; then a repair by
 * augmenting paths (Dinic, no costs) so that the draw fills as many slots as a maximum flow would, which a
 * plain greedy draw does not when load caps bind. The seed is recorded with the call: the same seed on the
 * same graph gives the same result.
 */
public final class RandomDraw {

    private RandomDraw() {
    }

    public static AssignmentResult assign(CandidateGraph graph, long seed) {
        return draw(graph, seed, true).result();
    }

    /** {@code repair = false} only for the test that shows what the repair is for. */
    static Assignment draw(CandidateGraph graph, long seed, boolean repair) {
        Assignment assignment = new Assignment(graph);
        SplittableRandom random = new SplittableRandom(seed);
        // a random application order, so no application is always first to the experts that are scarce
        int[] order = new int[graph.applications()];
        for (int i = 0; i < order.length; i++) {
            int j = random.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        int[] open = new int[16];
        for (int a : order) {
            int wanted = assignment.needed[a];
            if (wanted == 0) {
                continue;
            }
            int n = 0;
            for (int arc = graph.start[a], end = graph.start[a + 1]; arc < end; arc++) {
                int e = graph.expert[arc];
                if (assignment.load[e] < assignment.capacity[e]) {
                    if (n == open.length) {
                        open = Arrays.copyOf(open, n * 2);
                    }
                    open[n++] = arc;
                }
            }
            // partial Fisher–Yates: every subset of the open experts of this size is equally likely
            for (int i = 0; i < wanted && i < n; i++) {
                int j = i + random.nextInt(n - i);
                int arc = open[j];
                open[j] = open[i];
                open[i] = arc;
                assignment.draw(a, arc);
            }
        }
        if (repair) {
            while (assignment.blockingFlow(null) > 0) {
                // each round pushes along the shortest augmenting paths; stops when no slot can be filled
            }
        }
        return assignment;
    }
}
