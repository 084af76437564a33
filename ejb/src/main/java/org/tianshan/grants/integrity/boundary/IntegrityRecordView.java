package org.tianshan.grants.integrity.boundary;

import org.tianshan.grants.integrity.entity.IntegrityRecord;

import java.time.LocalDate;

public record IntegrityRecordView(String id, String subjectType, String subjectId, String severity, String reason,
                                  LocalDate from, LocalDate until) {

    static IntegrityRecordView of(IntegrityRecord r) {
        return new IntegrityRecordView(r.id().toString(), r.subjectType(), Long.toString(r.subjectId()), r.severity(), r.reason(),
                r.validFrom(), r.validUntil());
    }
}
