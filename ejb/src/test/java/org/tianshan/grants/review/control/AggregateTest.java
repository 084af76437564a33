package org.tianshan.grants.review.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AggregateTest {

    static final BigDecimal THRESHOLD = new BigDecimal("15.00");

    private static List<BigDecimal> scores(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void fourScoresAreAveragedWhole() {
        Aggregate aggregate = Aggregate.of(scores("90", "80", "70", "40"), THRESHOLD);
        assertEquals(4, aggregate.reviews());
        assertEquals(new BigDecimal("70.00"), aggregate.score());
    }

    @Test
    void fromFiveScoresTheHighestAndTheLowestAreDropped() {
        // (80 + 70 + 60) / 3, not (95 + 80 + 70 + 60 + 10) / 5 = 63
        assertEquals(new BigDecimal("70.00"), Aggregate.of(scores("95", "80", "70", "60", "10"), THRESHOLD).score());
        // only one of two equal highest scores is dropped
        assertEquals(new BigDecimal("86.67"), Aggregate.of(scores("90", "90", "80", "90", "50"), THRESHOLD).score());
    }

    @Test
    void theStandardDeviationIsTheSampleOneOverAllScores() {
        // mean 70, squares 400 + 100 + 0 + 900 = 1400, / 3 → √466.67 = 21.60
        assertEquals(new BigDecimal("21.60"), Aggregate.of(scores("90", "80", "70", "40"), THRESHOLD).stdDev());
        assertEquals(new BigDecimal("0.71"), Aggregate.of(scores("80.5", "81.5"), THRESHOLD).stdDev());
        assertEquals(new BigDecimal("0.00"), Aggregate.of(scores("75"), THRESHOLD).stdDev());
        assertEquals(new BigDecimal("0.00"), Aggregate.of(scores("75.25", "75.25", "75.25"), THRESHOLD).stdDev());
    }

    @Test
    void aDispersionAboveTheThresholdIsFlaggedAndOneEqualToItIsNot() {
        assertTrue(Aggregate.of(scores("90", "80", "70", "40"), THRESHOLD).flagged());
        assertFalse(Aggregate.of(scores("80", "81", "79"), THRESHOLD).flagged());
        // 60 and 90: √450 = 21.21
        assertFalse(Aggregate.of(scores("60", "90"), new BigDecimal("21.21")).flagged());
        assertTrue(Aggregate.of(scores("60", "90"), new BigDecimal("21.20")).flagged());
    }

    @Test
    void noReviewsNoScore() {
        Aggregate aggregate = Aggregate.of(List.of(), THRESHOLD);
        assertEquals(0, aggregate.reviews());
        assertNull(aggregate.score());
        assertNull(aggregate.stdDev());
        assertFalse(aggregate.flagged());
    }
}
