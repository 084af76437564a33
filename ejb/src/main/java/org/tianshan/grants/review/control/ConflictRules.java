package org.tianshan.grants.review.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The avoidance rules (回避, DESIGN.md §4) between one application and one expert. Previously drawn experts
 * and the load cap are not conflicts; {@link CandidateGraph} and the solvers handle them.
 */
public final class ConflictRules {

    private ConflictRules() {
    }

    /** Every conflict between the pair, in the order of {@link ConflictKind}; empty = no conflict. */
    public static List<Conflict> all(ApplicationFacts application, ExpertFacts expert) {
        List<Conflict> conflicts = new ArrayList<>(2);
        collect(application, expert, conflicts, false);
        return conflicts;
    }

    /** The first conflict in the order of {@link ConflictKind}: the graph build needs only yes or no. */
    public static Optional<Conflict> first(ApplicationFacts application, ExpertFacts expert) {
        return Optional.ofNullable(collect(application, expert, null, true));
    }

    /** Whether the pair conflicts at all, without allocating: millions of pairs go through here. */
    static boolean conflicting(ApplicationFacts application, ExpertFacts expert) {
        return collect(application, expert, null, true) != null;
    }

    /**
     * One pass for both questions so the two can never disagree. With {@code firstOnly} it returns the first
     * conflict found and allocates only then; otherwise it adds each conflict to {@code out}.
     */
    private static Conflict collect(ApplicationFacts application, ExpertFacts expert, List<Conflict> out, boolean firstOnly) {
        Conflict first = null;
        long[] team = application.teamAccountIds();
        if (SortedIds.contains(team, expert.accountId())) {
            first = report(new Conflict(ConflictKind.TEAM_MEMBER, expert.accountId()), out);
            if (firstOnly) {
                return first;
            }
        }
        Long organization = expert.organizationId();
        if (organization != null && application.isTeamOrganization(organization)) {
            Conflict c = report(new Conflict(ConflictKind.SAME_ORGANIZATION, organization), out);
            if (firstOnly) {
                return c;
            }
        }
        if (SortedIds.contains(expert.declaredApplicationIds(), application.applicationId())) {
            Conflict c = report(new Conflict(ConflictKind.DECLARED_APPLICATION, application.applicationId()), out);
            if (firstOnly) {
                return c;
            }
        }
        for (long declared : expert.declaredOrganizationIds()) {
            if (application.isTeamOrganization(declared)) {
                Conflict c = report(new Conflict(ConflictKind.DECLARED_ORGANIZATION, declared), out);
                if (firstOnly) {
                    return c;
                }
            }
        }
        for (long declared : expert.declaredPersonIds()) {
            if (SortedIds.contains(team, declared)) {
                Conflict c = report(new Conflict(ConflictKind.DECLARED_PERSON, declared), out);
                if (firstOnly) {
                    return c;
                }
            }
        }
        if (SortedIds.contains(application.excludedAccountIds(), expert.accountId())) {
            Conflict c = report(new Conflict(ConflictKind.EXCLUDED_BY_APPLICANT, expert.accountId()), out);
            if (firstOnly) {
                return c;
            }
        }
        if (expert.integrityBarred()) {
            Conflict c = report(new Conflict(ConflictKind.INTEGRITY_RECORD, expert.accountId()), out);
            if (firstOnly) {
                return c;
            }
        }
        for (long coApplicant : expert.pastCoApplicantIds()) {
            if (SortedIds.contains(team, coApplicant)) {
                Conflict c = report(new Conflict(ConflictKind.PAST_CO_APPLICANT, coApplicant), out);
                if (firstOnly) {
                    return c;
                }
            }
        }
        return first;
    }

    private static Conflict report(Conflict conflict, List<Conflict> out) {
        if (out != null) {
            out.add(conflict);
        }
        return conflict;
    }
}
