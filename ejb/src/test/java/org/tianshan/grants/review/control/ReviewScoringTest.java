package org.tianshan.grants.review.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewScoringTest {

    static final List<ReviewScoring.Criterion> RUBRIC = List.of(
            new ReviewScoring.Criterion("INNOVATION", 40, 10),
            new ReviewScoring.Criterion("FEASIBILITY", 35, 7),
            new ReviewScoring.Criterion("TEAM", 25, 3));

    @Test
    void eachScoreCountsAsAShareOfItsMaximumTimesItsWeight() {
        // 8/10 × 40 + 5/7 × 35 + 2/3 × 25 = 32 + 25 + 16.666… = 73.67
        assertEquals(new BigDecimal("73.67"), ReviewScoring.weighted(RUBRIC, Map.of("INNOVATION", 8, "FEASIBILITY", 5, "TEAM", 2)));
        assertEquals(new BigDecimal("100.00"), ReviewScoring.weighted(RUBRIC, Map.of("INNOVATION", 10, "FEASIBILITY", 7, "TEAM", 3)));
        assertEquals(new BigDecimal("0.00"), ReviewScoring.weighted(RUBRIC, Map.of("INNOVATION", 0, "FEASIBILITY", 0, "TEAM", 0)));
    }

    @Test
    void roundsOnceAtTheEndHalfUp() {
        // 1/3 × 50 + 1/3 × 50 = 33.333…: rounding each term first would give the same here, but 1/8 × 100 = 12.5 exactly
        List<ReviewScoring.Criterion> rubric = List.of(new ReviewScoring.Criterion("A", 50, 3), new ReviewScoring.Criterion("B", 50, 3));
        assertEquals(new BigDecimal("33.33"), ReviewScoring.weighted(rubric, Map.of("A", 1, "B", 1)));
        List<ReviewScoring.Criterion> eighths = List.of(new ReviewScoring.Criterion("A", 100, 800));
        assertEquals(new BigDecimal("0.13"), ReviewScoring.weighted(eighths, Map.of("A", 1)));
    }

    @Test
    void refusesBadRubricsAndScores() {
        assertThrows(IllegalArgumentException.class, () -> ReviewScoring.weighted(RUBRIC, Map.of("INNOVATION", 8, "FEASIBILITY", 5)));
        assertThrows(IllegalArgumentException.class,
                () -> ReviewScoring.weighted(RUBRIC, Map.of("INNOVATION", 11, "FEASIBILITY", 5, "TEAM", 2)));
        assertThrows(IllegalArgumentException.class,
                () -> ReviewScoring.weighted(RUBRIC, Map.of("INNOVATION", 8, "FEASIBILITY", 5, "TEAM", 2, "OTHER", 1)));
        assertThrows(IllegalArgumentException.class,
                () -> ReviewScoring.weighted(List.of(new ReviewScoring.Criterion("A", 90, 10)), Map.of("A", 5)));
    }
}
