package org.tianshan.grants.review.boundary;

import java.time.Instant;
import java.util.List;

/** The panel meeting (会议评审) of a call: OPEN while it adjusts, CLOSED once the ranking is frozen. */
public record PanelView(String id, String callId, String status, String openedBy, Instant openedAt, String closedBy,
                        Instant closedAt, long version, List<RankingEntry> ranking) {
}
