package org.tianshan.grants.decision.boundary;

import java.time.Instant;

/**
 * An objection and its resolution, as the objector and the bureau's staff read it; {@code applicationTitle}
 * names the project objected to (the screens show it, also once an upheld objection took it off the notice).
 */
public record ObjectionView(String id, String noticeId, String applicationId, String applicationTitle, String objector, String reason,
                            String attachmentName, String attachmentSha256, String status, String reply, String resolvedBy,
                            Instant resolvedAt, Instant createdAt, long version) {
}
