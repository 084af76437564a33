package org.tianshan.grants.review.control;

/**
 * One drawn reviewer: indices into the {@link CandidateGraph} the result was computed on (map them back with
 * {@link CandidateGraph#application(int)} and {@link CandidateGraph#expert(int)}).
 */
public record Pair(int application, int expert, int affinity) {
}
