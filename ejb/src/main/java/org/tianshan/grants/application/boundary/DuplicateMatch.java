package org.tianshan.grants.application.boundary;

/**
 * Another application whose title and abstract resemble this one's (查重): its id, call, title, status
 * and the resemblance (Jaccard index of character shingles, 0..1; ≥ 0.8 reads as near-identical).
 */
public record DuplicateMatch(String applicationId, String callId, String title, String status, double similarity) {
}
