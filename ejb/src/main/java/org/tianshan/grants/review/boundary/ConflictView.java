package org.tianshan.grants.review.boundary;

import org.tianshan.grants.review.entity.DeclaredConflict;
import java.time.Instant;
import java.util.List;

/** A declared conflict; {@code replacedReviews}: the reviews it took off the expert (each redrawn). */
public record ConflictView(String id, String expertId, String applicationId, String organizationId, String personId,
                           String reason, Instant declaredAt, List<String> replacedReviews) {

    static ConflictView of(DeclaredConflict c, List<String> replaced) {
        return new ConflictView(c.id().toString(), Long.toString(c.expertId()), str(c.applicationId()),
                str(c.organizationId()), str(c.personId()), c.reason(), c.declaredAt(), replaced);
    }

    private static String str(Long id) {
        return id == null ? null : id.toString();
    }
}
