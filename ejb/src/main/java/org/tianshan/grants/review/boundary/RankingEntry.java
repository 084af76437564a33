package org.tianshan.grants.review.boundary;

import java.math.BigDecimal;

/**
 * One application in a call's ranking (API.md: applicationId, rank, score, stdDev, flagged, reviews).
 * {@code score} is the trimmed mean of the weighted review scores (0–100); {@code flagged}: the reviews
 * disagree more than the call's dispersion threshold. Once a panel holds the ranking, {@code rank} is the
 * panel's, {@code computedRank} the one it started from, and {@code discuss}/{@code reason} its notes.
 */
public record RankingEntry(String applicationId, String title, int rank, BigDecimal score, BigDecimal stdDev, boolean flagged,
                           int reviews, int outstanding, int computedRank, boolean discuss, String reason) {
}
