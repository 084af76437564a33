package org.tianshan.grants.review.control;

/**
 * One reason an expert may not review an application.
 *
 * @param subjectId the person (account id), organization id or application id the conflict is about
 *                  ({@link ConflictKind#INTEGRITY_RECORD}: the expert's account id)
 */
public record Conflict(ConflictKind kind, long subjectId) {
}
