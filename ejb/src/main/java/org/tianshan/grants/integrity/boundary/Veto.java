package org.tianshan.grants.integrity.boundary;

/** Why a subject is vetoed: which subject, and the record's reason. */
public record Veto(String subjectType, long subjectId, String reason) {
}
