package org.tianshan.grants.review.entity;

/**
 * A review task: ASSIGNED (the expert may save drafts) → SUBMITTED (read-only from then on);
 * ASSIGNED → DECLINED by the expert, or WITHDRAWN by the system (a late conflict) or an officer (a swap).
 */
public enum ReviewStatus {
    ASSIGNED, SUBMITTED, DECLINED, WITHDRAWN;

    /** Still counts towards the application's reviewers and the expert's load. */
    public boolean isLive() {
        return this == ASSIGNED || this == SUBMITTED;
    }
}
