package org.tianshan.grants.review.control;

import java.util.Set;

/**
 * An application as the expert assignment sees it. The constructor keeps sorted copies of the id arrays
 * (null = none) and the keywords trimmed and lower-cased, so callers may pass whatever order they have.
 *
 * @param hostOrganizationId  the host unit (依托单位), null if unknown
 * @param teamAccountIds      the PI and every team member
 * @param teamOrganizationIds the team members' organizations (may be empty)
 * @param excludedAccountIds  the applicant's exclusion list: account ids of experts
 * @param previousExpertIds   experts ever drawn for this application (active or declined): never a candidate again
 * @param discipline          the application's GB/T 13745 code; null or shorter than 3 characters matches no expert
 * @param keywords            compared case-insensitively after trim
 * @param needed              reviewers still to be drawn
 */
public record ApplicationFacts(long applicationId, Long hostOrganizationId, long[] teamAccountIds, long[] teamOrganizationIds,
                               long[] excludedAccountIds, long[] previousExpertIds, String discipline, Set<String> keywords,
                               int needed) {

    public ApplicationFacts {
        if (needed < 0) {
            throw new IllegalArgumentException("needed < 0 for application " + applicationId);
        }
        teamAccountIds = SortedIds.of(teamAccountIds);
        teamOrganizationIds = SortedIds.of(teamOrganizationIds);
        excludedAccountIds = SortedIds.of(excludedAccountIds);
        previousExpertIds = SortedIds.of(previousExpertIds);
        discipline = discipline == null ? null : discipline.strip();
        keywords = Keywords.normalized(keywords);
    }

    boolean isTeamOrganization(long organizationId) {
        return hostOrganizationId != null && hostOrganizationId == organizationId
                || SortedIds.contains(teamOrganizationIds, organizationId);
    }
}
