package org.tianshan.grants.kernel;

import java.util.Map;

/**
 * Something that changed state or money. Every boundary fires one per change; the audit trail
 * observes them synchronously and writes a hash-chained event in the same transaction.
 *
 * @param action     what happened, e.g. {@code ORGANIZATION_CREATED}
 * @param entityType the aggregate, e.g. {@code Organization}
 * @param entityId   its id
 * @param detail     the facts worth keeping (no passwords), written in canonical form
 */
public record DomainEvent(String action, String entityType, String entityId, Map<String, String> detail) {

    public DomainEvent {
        detail = Map.copyOf(detail);
    }
}
