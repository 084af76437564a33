package org.tianshan.grants.review.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * An application's reviews taken together (DESIGN.md §4): the trimmed mean of the weighted scores and their
 * dispersion; a high dispersion is flagged for the panel (会议评审).
 *
 * @param reviews the number of weighted scores
 * @param score   their mean, without one highest and one lowest when there are at least 5; null when no review
 * @param stdDev  the sample standard deviation (n − 1) of all the scores, 0 below 2 scores; null when no review
 * @param flagged whether {@code stdDev} exceeds the call's dispersion threshold
 */
public record Aggregate(int reviews, BigDecimal score, BigDecimal stdDev, boolean flagged) {

    /** From this many scores on, the highest and the lowest are dropped from the mean. */
    public static final int TRIM_FROM = 5;

    /**
     * Score and stdDev are rounded to scale 2 HALF_UP from exact sums; the flag compares the rounded stdDev,
     * so the panel never sees a figure equal to the threshold flagged.
     */
    public static Aggregate of(List<BigDecimal> weightedScores, BigDecimal dispersionThreshold) {
        Objects.requireNonNull(dispersionThreshold, "dispersionThreshold");
        int n = weightedScores.size();
        if (n == 0) {
            return new Aggregate(0, null, null, false);
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        BigDecimal highest = weightedScores.get(0);
        BigDecimal lowest = highest;
        for (BigDecimal x : weightedScores) {
            sum = sum.add(x);
            sumOfSquares = sumOfSquares.add(x.multiply(x));
            highest = highest.max(x);
            lowest = lowest.min(x);
        }
        BigDecimal trimmedSum = n >= TRIM_FROM ? sum.subtract(highest).subtract(lowest) : sum;
        int trimmedCount = n >= TRIM_FROM ? n - 2 : n;
        BigDecimal score = trimmedSum.divide(BigDecimal.valueOf(trimmedCount), 2, RoundingMode.HALF_UP);

        BigDecimal stdDev = BigDecimal.ZERO.setScale(2);
        if (n >= 2) {
            // (n Σx² − (Σx)²) / (n (n − 1)): exact in BigDecimal, no mean rounded before it is squared
            BigDecimal count = BigDecimal.valueOf(n);
            BigDecimal numerator = count.multiply(sumOfSquares).subtract(sum.multiply(sum));
            BigDecimal variance = numerator.divide(BigDecimal.valueOf((long) n * (n - 1)), MathContext.DECIMAL128);
            stdDev = variance.signum() <= 0 ? stdDev
                    : variance.sqrt(MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);
        }
        return new Aggregate(n, score, stdDev, stdDev.compareTo(dispersionThreshold) > 0);
    }
}
