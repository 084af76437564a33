package org.tianshan.grants.application.boundary;

import java.time.Instant;

/** {@code GET /applications/{id}/history}: one transition. */
public record HistoryEntry(String from, String to, String actor, String reason, Instant at) {
}
