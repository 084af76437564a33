package org.tianshan.grants.review.boundary;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A review task as its expert sees it: the rubric, the draft or submitted scores, and (on a single read)
 * the application exactly as submitted — the frozen version, without the applicant's exclusion list.
 * Never another expert's name or score.
 */
public record ReviewView(String id, String applicationId, String callId, String title, String status, Instant dueAt,
                         Map<String, Integer> scores, String comment, String recommendation, BigDecimal weightedScore,
                         Instant submittedAt, long version, List<Criterion> rubric, Integer minCommentLength,
                         JsonObject application) {

    /** A rubric criterion of the call: code, name, weight (percent) and the top score. */
    public record Criterion(String code, String name, int weight, int maxScore) {
    }
}
