package org.tianshan.grants.call.entity;

import java.util.Map;
import java.util.Set;

/** A call's life: DRAFT → (PENDING_APPROVAL →) OPEN → CLOSED. */
public enum CallStatus {
    DRAFT, PENDING_APPROVAL, OPEN, CLOSED;

    private static final Map<CallStatus, Set<CallStatus>> NEXT = Map.of(
            DRAFT, Set.of(PENDING_APPROVAL, OPEN),
            PENDING_APPROVAL, Set.of(OPEN, DRAFT),
            OPEN, Set.of(CLOSED),
            CLOSED, Set.of());

    public boolean mayBecome(CallStatus next) {
        return NEXT.get(this).contains(next);
    }
}
