package org.tianshan.grants.review.boundary;

import java.util.List;

/**
 * An expert whose disciplines match an application, as the officer sees them: the affinity, the room
 * left under the load cap, whether the expert may be drawn, and each conflict with its explanation
 * ("same organization: 新疆大学"). {@code review}: the status of this expert's review of it, if drawn.
 */
public record CandidateView(String expertId, String userId, String displayName, int affinity, int capacity,
                            boolean eligible, String review, List<Explanation> conflicts) {

    /** One conflict: its rule code, the subject it is about, and a sentence an officer can read. */
    public record Explanation(String code, String subjectId, String subject, String explanation) {
    }
}
