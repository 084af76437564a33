package org.tianshan.grants.review.boundary;

import java.time.OffsetDateTime;

/**
 * {@code POST /calls/{id}/assignments}: {@code mode} RANDOM or OPTIMAL; {@code seed} (RANDOM only; drawn
 * when absent, at most 2^53 − 1 so it survives JSON numbers); {@code perApplication} (the call's
 * reviewersPerApplication when absent, 1..15); {@code dueAt} the reviewers' deadline (14 days when absent).
 */
public record AssignmentRequest(String mode, Long seed, Integer perApplication, OffsetDateTime dueAt) {
}
