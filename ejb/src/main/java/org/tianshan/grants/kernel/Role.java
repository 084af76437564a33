package org.tianshan.grants.kernel;

/**
 * The roles of DESIGN.md §1. The constants in {@link Roles} carry the same names for annotations.
 */
public enum Role {
    APPLICANT, UNIT_ADMIN, EXPERT, PROGRAM_OFFICER, DIRECTOR, FINANCE_OFFICER, AUDITOR, ADMIN
}
