package org.tianshan.grants.review.boundary;

import java.util.List;

/**
 * What an assignment run did: {@code assigned} expert–application pairs, the {@code seed} that reproduces a
 * RANDOM draw, the pairs, the applications left short and why, and how long each phase took.
 */
public record AssignmentOutcome(String runId, String mode, Long seed, int perApplication, int assigned,
                                List<AssignmentView> assignments, List<UnfilledView> unfilled, List<Phase> phases) {

    /** An application that could not be fully staffed: how many reviewers it still lacks, and why. */
    public record UnfilledView(String applicationId, int missing, String reason) {
    }

    /** A phase of the run: its wall time and the heap in use at its end. */
    public record Phase(String name, long millis, long heapMb) {
    }
}
