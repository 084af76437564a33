package org.tianshan.grants.review.boundary;

import org.tianshan.grants.review.entity.Expert;
import java.time.LocalDate;
import java.util.List;

/** An expert of the pool as officers and the expert see it. */
public record ExpertView(String id, String userId, String username, String displayName, String organizationId,
                         List<String> disciplines, List<String> keywords, String title, String region,
                         LocalDate availableFrom, LocalDate availableUntil, boolean active, long version) {

    static ExpertView of(Expert e, String username, String displayName, Long organizationId) {
        return new ExpertView(e.id().toString(), Long.toString(e.accountId()), username, displayName,
                organizationId == null ? null : organizationId.toString(), e.disciplines().stream().sorted().toList(),
                e.keywords(), e.title(), e.regionCode(), e.availableFrom(), e.availableUntil(), e.active(), e.version());
    }
}
