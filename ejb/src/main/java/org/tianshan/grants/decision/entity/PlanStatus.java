package org.tianshan.grants.decision.entity;

/**
 * A funding plan (立项建议): PROPOSED by the officer → IN_PUBLIC_NOTICE once a director approves →
 * CONCLUDED when the notice closes; RETURNED by the director (the officer proposes again); SUPERSEDED
 * by a newer proposal for the same call.
 */
public enum PlanStatus {
    PROPOSED, RETURNED, SUPERSEDED, IN_PUBLIC_NOTICE, CONCLUDED;

    /** Still the call's working plan: the officer may replace it by a new proposal. */
    public boolean isOpen() {
        return this == PROPOSED || this == RETURNED;
    }
}
