package org.tianshan.grants.review.control;

import java.util.List;

/**
 * What a solver drew: pairs sorted by application then expert index, the applications left short (sorted by
 * application index), and the sum of the pairs' affinities.
 */
public record AssignmentResult(List<Pair> pairs, List<Unfilled> unfilled, long totalAffinity) {

    public AssignmentResult {
        pairs = List.copyOf(pairs);
        unfilled = List.copyOf(unfilled);
    }
}
