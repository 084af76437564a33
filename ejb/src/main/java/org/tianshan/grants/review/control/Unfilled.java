package org.tianshan.grants.review.control;

/** An application (graph index) left {@code missing} reviewers short. */
public record Unfilled(int application, int missing, UnfilledReason reason) {
}
