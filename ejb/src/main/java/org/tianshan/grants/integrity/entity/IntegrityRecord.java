package org.tianshan.grants.integrity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** An integrity record on a person or an organization. */
@Entity
@Table(name = "integrity_record")
@NamedQuery(name = IntegrityRecord.OF_SUBJECTS, query = "select r from IntegrityRecord r where "
        + "(r.subjectType = 'PERSON' and r.subjectId in :persons) or (r.subjectType = 'ORGANIZATION' and r.subjectId in :organizations)")
@NamedQuery(name = IntegrityRecord.ALL, query = "select r from IntegrityRecord r order by r.id desc")
@NamedQuery(name = IntegrityRecord.COUNT, query = "select count(r) from IntegrityRecord r")
public class IntegrityRecord {

    public static final String OF_SUBJECTS = "IntegrityRecord.ofSubjects";
    public static final String ALL = "IntegrityRecord.all";
    public static final String COUNT = "IntegrityRecord.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "subject_type")
    private String subjectType;
    @Column(name = "subject_id")
    private long subjectId;
    private String severity;
    private String reason;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected IntegrityRecord() {
    }

    public IntegrityRecord(String subjectType, long subjectId, String severity, String reason, LocalDate validFrom,
                           LocalDate validUntil, String createdBy, Instant createdAt) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.severity = severity;
        this.reason = reason;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A SERIOUS record in force on that day vetoes (一票否决); a GENERAL one is on file but does not. */
    public boolean vetoesOn(LocalDate day) {
        return "SERIOUS".equals(severity) && inForceOn(day);
    }

    /** In force on that day, whatever its severity. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public Long id() { return id; }
    public String subjectType() { return subjectType; }
    public long subjectId() { return subjectId; }
    public String severity() { return severity; }
    public String reason() { return reason; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validUntil() { return validUntil; }
}
