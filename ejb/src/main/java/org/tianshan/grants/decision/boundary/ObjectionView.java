package org.tianshan.grants.decision.boundary;

import java.time.Instant;

/** An objection and its resolution, as the objector and the bureau's staff read it. */
public record ObjectionView(String id, String noticeId, String applicationId, String objector, String reason,
                            String attachmentName, String attachmentSha256, String status, String reply, String resolvedBy,
                            Instant resolvedAt, Instant createdAt, long version) {
}
