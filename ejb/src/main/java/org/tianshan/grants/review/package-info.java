/**
 * Expert review (专家评审): the expert pool and declared conflicts; conflict-free assignment of experts to
 * a closed call's accepted applications, by a seeded RANDOM draw or the OPTIMAL affinity matching (an
 * exact min-cost flow), with replacements after a decline or a late conflict and an officer's swap; the
 * experts' scoring against the call's weighted rubric; the aggregation into a ranking (trimmed mean,
 * standard deviation, dispersion flag); and the panel (会议评审) that adjusts the ranking with reasons and
 * freezes it, when the applications become REVIEWED.
 * <p>
 * {@code control} holds the pure rules and solvers (no container: unit-tested and benchmarked alone) and
 * {@link org.tianshan.grants.review.control.FactsQuery}, which loads a call's facts set-wise.
 * Avoidance rules (DESIGN.md §4): same organization as the host unit or a team member; on the team;
 * declared conflicts; the applicant's exclusion list; an integrity record in force; a past co-applicant.
 */
package org.tianshan.grants.review;
