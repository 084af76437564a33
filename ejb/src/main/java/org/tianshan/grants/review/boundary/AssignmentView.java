package org.tianshan.grants.review.boundary;

/** One expert on one application: the ids API.md names, plus the review's status and the pair's affinity. */
public record AssignmentView(String applicationId, String expertId, String userId, String reviewId, String status, int affinity) {
}
