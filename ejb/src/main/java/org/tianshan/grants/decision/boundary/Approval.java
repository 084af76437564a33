package org.tianshan.grants.decision.boundary;

import java.time.Instant;

/** {@code POST /funding-plans/{id}/approve} → the plan is IN_PUBLIC_NOTICE, in notice {@code noticeId} until {@code endsAt}. */
public record Approval(String id, String status, String noticeId, Instant endsAt) {
}
