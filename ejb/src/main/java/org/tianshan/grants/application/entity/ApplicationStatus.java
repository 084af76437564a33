package org.tianshan.grants.application.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** DESIGN.md §3: DRAFT → SUBMITTED → ENDORSED → ACCEPTED → … ; WITHDRAWN, RETURNED (back to DRAFT), rejections. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, ENDORSED, REJECTED_BY_UNIT, ACCEPTED, INELIGIBLE, UNDER_REVIEW, REVIEWED,
    RECOMMENDED, IN_PUBLIC_NOTICE, APPROVED, NOT_FUNDED;

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(ENDORSED, DRAFT, REJECTED_BY_UNIT, WITHDRAWN),
            ENDORSED, EnumSet.of(ACCEPTED, DRAFT, INELIGIBLE, WITHDRAWN),
            ACCEPTED, EnumSet.of(UNDER_REVIEW),
            UNDER_REVIEW, EnumSet.of(REVIEWED),
            REVIEWED, EnumSet.of(RECOMMENDED, NOT_FUNDED),
            RECOMMENDED, EnumSet.of(IN_PUBLIC_NOTICE, NOT_FUNDED),
            IN_PUBLIC_NOTICE, EnumSet.of(APPROVED, NOT_FUNDED));

    public boolean mayBecome(ApplicationStatus next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }

    /** Counts against the limits (限项): submitted and not yet ended. */
    public boolean isActive() {
        return this != DRAFT && this != WITHDRAWN && this != REJECTED_BY_UNIT && this != INELIGIBLE && this != NOT_FUNDED;
    }
}
