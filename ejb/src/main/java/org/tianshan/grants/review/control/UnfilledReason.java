package org.tianshan.grants.review.control;

/** Why an application got fewer reviewers than it needs, judged in this order. */
public enum UnfilledReason {
    /** Fewer experts of a matching discipline in the pool than needed. */
    NO_MATCHING_EXPERTS,
    /** Enough matching experts, but too few left once the conflicting and previously drawn ones are removed. */
    CONFLICTS,
    /** Enough eligible experts, but those it could have had reached their load cap. */
    LOAD_CAP
}
