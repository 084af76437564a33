package org.tianshan.grants.review.control;

/**
 * Why an expert may not review an application (回避, DESIGN.md §4). The declaration order is the order in
 * which {@link ConflictRules} reports them.
 */
public enum ConflictKind {
    /** The expert is the PI or a member of the application's team. */
    TEAM_MEMBER,
    /** The expert works at the host unit or at the organization of a team member. */
    SAME_ORGANIZATION,
    /** The expert declared a conflict with this very application. */
    DECLARED_APPLICATION,
    /** The expert declared a conflict with the host unit or a team member's organization. */
    DECLARED_ORGANIZATION,
    /** The expert declared a conflict with the PI or a team member. */
    DECLARED_PERSON,
    /** The applicant put the expert on the exclusion list. */
    EXCLUDED_BY_APPLICANT,
    /** The expert has an active integrity record that bars reviewing. */
    INTEGRITY_RECORD,
    /** The expert once applied together with the PI or a team member. */
    PAST_CO_APPLICANT
}
