package org.tianshan.grants.review.control;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * An expert of the pool as the assignment sees it. The constructor keeps sorted copies of the id arrays
 * (null = none), the discipline codes trimmed and the keywords trimmed and lower-cased.
 *
 * @param accountId      the expert's person
 * @param organizationId the expert's organization, null if none (retired, independent)
 * @param disciplines    GB/T 13745 codes: 3 digits first level ("520"), 5 second ("52020"), 7 third
 * @param integrityBarred an active integrity record bars the expert from reviewing
 * @param capacity       how many more applications of this call the expert may take (load cap minus current load)
 */
public record ExpertFacts(long expertId, long accountId, Long organizationId, String[] disciplines, Set<String> keywords,
                          boolean integrityBarred, long[] declaredApplicationIds, long[] declaredOrganizationIds,
                          long[] declaredPersonIds, long[] pastCoApplicantIds, int capacity) {

    public ExpertFacts {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0 for expert " + expertId);
        }
        disciplines = disciplines == null ? new String[0]
                : Arrays.stream(disciplines).filter(Objects::nonNull).map(String::strip).toArray(String[]::new);
        keywords = Keywords.normalized(keywords);
        declaredApplicationIds = SortedIds.of(declaredApplicationIds);
        declaredOrganizationIds = SortedIds.of(declaredOrganizationIds);
        declaredPersonIds = SortedIds.of(declaredPersonIds);
        pastCoApplicantIds = SortedIds.of(pastCoApplicantIds);
    }
}
