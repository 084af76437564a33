package org.tianshan.grants.decision.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A funding plan with its items and how it sits in the call's budget ({@code callBudget}, {@code total},
 * {@code remaining}); {@code noticeId} once approved.
 */
public record PlanView(String id, String callId, String status, String total, String callBudget, String remaining,
                       String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt, String decisionComment,
                       String noticeId, long version, List<Item> items) {

    /** One application: requested, granted, and why less. {@code title}/{@code rank} help the screens. */
    public record Item(String applicationId, String title, Integer rank, String requested, String amount, String cutReason,
                       String status) {
    }
}
