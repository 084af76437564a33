package org.tianshan.grants.kernel;

/** Role names as compile-time constants for {@code @RolesAllowed}; they match {@link Role}. */
public final class Roles {

    public static final String APPLICANT = "APPLICANT";
    public static final String UNIT_ADMIN = "UNIT_ADMIN";
    public static final String EXPERT = "EXPERT";
    public static final String PROGRAM_OFFICER = "PROGRAM_OFFICER";
    public static final String DIRECTOR = "DIRECTOR";
    public static final String FINANCE_OFFICER = "FINANCE_OFFICER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }

    /** "staff" in API.md: PROGRAM_OFFICER, DIRECTOR, FINANCE_OFFICER, AUDITOR — they read every instance. */
    public static boolean isStaff(java.util.function.Predicate<String> callerIsInRole) {
        return callerIsInRole.test(PROGRAM_OFFICER) || callerIsInRole.test(DIRECTOR)
                || callerIsInRole.test(FINANCE_OFFICER) || callerIsInRole.test(AUDITOR);
    }
}
