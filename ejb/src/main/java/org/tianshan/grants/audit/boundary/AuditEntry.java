package org.tianshan.grants.audit.boundary;

import java.time.Instant;

/** An audit event as the auditor reads it. */
public record AuditEntry(long seq, Instant at, String actor, String action, String entityType, String entityId,
                         String detail, String hash, String prevHash) {
}
