package org.tianshan.grants.review.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A review's weighted score over the call's rubric (评分细则): each criterion's score as a share of its
 * maximum, weighted by the criterion's whole-percent weight, so the result is 0..100 whatever scales the
 * criteria use.
 */
public final class ReviewScoring {

    /** One criterion of a rubric: weight in whole percents, scored 0..maxScore. */
    public record Criterion(String code, int weight, int maxScore) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReviewScoring() {
    }

    /**
     * Σ score / maxScore × weight, 0..100, scale 2 HALF_UP. Rounded once at the end, so criteria with
     * thirds or sevenths do not drift the total. Refuses a rubric whose weights do not sum to 100, a missing
     * or unknown criterion and a score outside 0..maxScore.
     */
    public static BigDecimal weighted(List<Criterion> rubric, Map<String, Integer> scores) {
        int weights = 0;
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion criterion : rubric) {
            if (criterion.weight() < 0 || criterion.maxScore() <= 0) {
                throw new IllegalArgumentException("criterion " + criterion.code() + ": weight >= 0 and maxScore > 0");
            }
            if (!codes.add(criterion.code())) {
                throw new IllegalArgumentException("criterion " + criterion.code() + " twice in the rubric");
            }
            weights += criterion.weight();
            Integer score = scores.get(criterion.code());
            if (score == null) {
                throw new IllegalArgumentException("no score for criterion " + criterion.code());
            }
            if (score < 0 || score > criterion.maxScore()) {
                throw new IllegalArgumentException("score " + score + " for criterion " + criterion.code()
                        + " outside 0.." + criterion.maxScore());
            }
            sum = sum.add(BigDecimal.valueOf((long) score * criterion.weight())
                    .divide(BigDecimal.valueOf(criterion.maxScore()), MathContext.DECIMAL128));
        }
        if (weights != 100) {
            throw new IllegalArgumentException("rubric weights sum to " + weights + ", not 100");
        }
        if (!codes.containsAll(scores.keySet())) {
            throw new IllegalArgumentException("scores for criteria not in the rubric: " + scores.keySet());
        }
        return sum.min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }
}
