package org.tianshan.grants.review.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A solver's working state: which arcs of the graph are drawn, plus the blocking-flow augmentation both
 * solvers share. Seen as a flow network source → application (capacity needed) → expert (capacity 1 per
 * arc) → sink (capacity = the expert's capacity); node numbers are application {@code a} = {@code a},
 * expert {@code e} = {@code A + e}, sink = {@code A + E}.
 * <p>
 * Each expert's drawn arcs are kept in a small slot list (at most its capacity), so the residual arcs
 * expert → application are found without scanning the expert's hundreds of candidate arcs.
 */
final class Assignment {

    final CandidateGraph graph;
    final int applications;
    final int experts;
    final int sink;
    final int[] needed;
    final int[] capacity;
    final boolean[] drawn;
    final int[] count;
    final int[] load;
    final int[] slotStart;
    final int[] slotArc;
    final int[] slotApplication;

    private final int[] level;
    private final int[] queue;
    private final int[] currentArc;
    private final int[] pathNode;
    private final int[] pathArc;

    Assignment(CandidateGraph graph) {
        this.graph = graph;
        applications = graph.applications();
        experts = graph.experts();
        sink = applications + experts;
        needed = new int[applications];
        for (int a = 0; a < applications; a++) {
            needed[a] = graph.application(a).needed();
        }
        capacity = new int[experts];
        int[] degree = new int[experts];
        for (int e : graph.expert) {
            degree[e]++;
        }
        slotStart = new int[experts + 1];
        for (int e = 0; e < experts; e++) {
            capacity[e] = graph.expert(e).capacity();
            slotStart[e + 1] = slotStart[e] + Math.min(capacity[e], degree[e]);
        }
        slotArc = new int[slotStart[experts]];
        slotApplication = new int[slotStart[experts]];
        drawn = new boolean[graph.arcs()];
        count = new int[applications];
        load = new int[experts];
        level = new int[sink + 1];
        queue = new int[sink + 1];
        currentArc = new int[sink + 1];
        pathNode = new int[sink + 2];
        pathArc = new int[sink + 2];
    }

    void draw(int application, int arc) {
        int e = graph.expert[arc];
        drawn[arc] = true;
        count[application]++;
        int slot = slotStart[e] + load[e]++;
        slotArc[slot] = arc;
        slotApplication[slot] = application;
    }

    void undraw(int application, int arc) {
        int e = graph.expert[arc];
        drawn[arc] = false;
        count[application]--;
        int last = slotStart[e] + --load[e];
        for (int slot = slotStart[e]; slot <= last; slot++) {
            if (slotArc[slot] == arc) {
                slotArc[slot] = slotArc[last];
                slotApplication[slot] = slotApplication[last];
                return;
            }
        }
        throw new IllegalStateException("arc " + arc + " was not drawn");
    }

    int cost(int arc) {
        return Affinity.MAX - graph.affinity[arc];
    }

    /**
     * One Dinic round: the BFS levels of the residual network restricted to admissible arcs, then as many
     * unit augmentations as the level graph takes (current-arc DFS, iterative so long paths cannot overflow
     * the stack). With {@code potential == null} every residual arc is admissible (plain maximum flow);
     * otherwise only arcs of reduced cost 0 are. Returns the units pushed, 0 when the sink is unreachable.
     */
    int blockingFlow(int[] potential) {
        if (!levels(potential)) {
            return 0;
        }
        for (int a = 0; a < applications; a++) {
            currentArc[a] = graph.start[a];
        }
        // −1: the expert's arc to the sink is tried first, then its slots from 0
        Arrays.fill(currentArc, applications, sink, -1);
        int pushed = 0;
        for (int a = 0; a < applications; a++) {
            while (level[a] == 0 && count[a] < needed[a] && augmentFrom(a, potential)) {
                pushed++;
            }
        }
        return pushed;
    }

    private boolean levels(int[] potential) {
        Arrays.fill(level, -1);
        int head = 0;
        int tail = 0;
        for (int a = 0; a < applications; a++) {
            // the source's arc to a deficit application is admissible only at potential 0 (see OptimalMatching)
            if (count[a] < needed[a] && (potential == null || potential[a] == 0)) {
                level[a] = 0;
                queue[tail++] = a;
            }
        }
        while (head < tail) {
            int u = queue[head++];
            if (level[sink] >= 0 && level[u] >= level[sink]) {
                break;
            }
            int next = level[u] + 1;
            if (u < applications) {
                for (int arc = graph.start[u], end = graph.start[u + 1]; arc < end; arc++) {
                    int v = applications + graph.expert[arc];
                    if (!drawn[arc] && level[v] < 0 && (potential == null || cost(arc) + potential[u] == potential[v])) {
                        level[v] = next;
                        queue[tail++] = v;
                    }
                }
            } else {
                int e = u - applications;
                if (load[e] < capacity[e] && level[sink] < 0 && (potential == null || potential[u] == potential[sink])) {
                    level[sink] = next;
                }
                for (int slot = slotStart[e], end = slotStart[e] + load[e]; slot < end; slot++) {
                    int v = slotApplication[slot];
                    if (level[v] < 0 && (potential == null || potential[u] == cost(slotArc[slot]) + potential[v])) {
                        level[v] = next;
                        queue[tail++] = v;
                    }
                }
            }
        }
        return level[sink] >= 0;
    }

    /** One unit along the level graph from application {@code from}; false (and {@code from} dead) when none is left. */
    private boolean augmentFrom(int from, int[] potential) {
        int depth = 0;
        pathNode[0] = from;
        while (true) {
            int u = pathNode[depth];
            int next = level[u] + 1;
            int found = -1;
            if (u < applications) {
                for (int end = graph.start[u + 1]; currentArc[u] < end; currentArc[u]++) {
                    int arc = currentArc[u];
                    int v = applications + graph.expert[arc];
                    if (!drawn[arc] && level[v] == next && (potential == null || cost(arc) + potential[u] == potential[v])) {
                        pathArc[depth + 1] = arc;
                        found = v;
                        break;
                    }
                }
            } else {
                int e = u - applications;
                if (currentArc[u] < 0) {
                    if (load[e] < capacity[e] && level[sink] == next
                            && (potential == null || potential[u] == potential[sink])) {
                        augment(depth);
                        return true;
                    }
                    currentArc[u] = 0;
                }
                // the slot list shrinks and reorders as paths go through: re-read its length on every step
                for (; currentArc[u] < load[e]; currentArc[u]++) {
                    int slot = slotStart[e] + currentArc[u];
                    int v = slotApplication[slot];
                    if (level[v] == next && (potential == null || potential[u] == cost(slotArc[slot]) + potential[v])) {
                        pathArc[depth + 1] = slotArc[slot];
                        found = v;
                        break;
                    }
                }
            }
            if (found >= 0) {
                pathNode[++depth] = found;
            } else {
                level[u] = -1;
                if (depth == 0) {
                    return false;
                }
                depth--;
            }
        }
    }

    /**
     * Flips the path's arcs: application → expert arcs become drawn, expert → application arcs undrawn.
     * Undraws first, so no expert's slot list ever holds more than its capacity.
     */
    private void augment(int depth) {
        for (int i = 2; i <= depth; i += 2) {
            undraw(pathNode[i], pathArc[i]);
        }
        for (int i = 1; i <= depth; i += 2) {
            draw(pathNode[i - 1], pathArc[i]);
        }
    }

    AssignmentResult result() {
        List<Pair> pairs = new ArrayList<>();
        List<Unfilled> unfilled = new ArrayList<>();
        long total = 0;
        for (int a = 0; a < applications; a++) {
            for (int arc = graph.start[a], end = graph.start[a + 1]; arc < end; arc++) {
                if (drawn[arc]) {
                    pairs.add(new Pair(a, graph.expert[arc], graph.affinity[arc]));
                    total += graph.affinity[arc];
                }
            }
            if (count[a] < needed[a]) {
                unfilled.add(new Unfilled(a, needed[a] - count[a], graph.reasonShort(a)));
            }
        }
        return new AssignmentResult(pairs, unfilled, total);
    }
}
