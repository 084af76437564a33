package org.tianshan.grants.review.entity;

/** How a run drew its experts: a seeded random draw, the optimal matching, a replacement after a decline or conflict, or an officer's hand. */
public enum AssignmentMode {
    RANDOM, OPTIMAL, REPLACEMENT, MANUAL
}
