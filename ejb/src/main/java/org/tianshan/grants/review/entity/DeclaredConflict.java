package org.tianshan.grants.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A conflict of interest an expert declared (回避申请): with one application, an organization or a person. Append-only. */
@Entity
@Table(name = "expert_conflict")
@NamedQuery(name = DeclaredConflict.OF, query = "select c from DeclaredConflict c where c.expertId = :expert order by c.id")
public class DeclaredConflict {

    public static final String OF = "DeclaredConflict.of";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "expert_id")
    private long expertId;
    @Column(name = "application_id")
    private Long applicationId;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "person_id")
    private Long personId;
    private String reason;
    @Column(name = "declared_at")
    private Instant declaredAt;

    protected DeclaredConflict() {
    }

    public DeclaredConflict(long expertId, Long applicationId, Long organizationId, Long personId, String reason, Instant declaredAt) {
        this.expertId = expertId;
        this.applicationId = applicationId;
        this.organizationId = organizationId;
        this.personId = personId;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    public Long id() { return id; }
    public long expertId() { return expertId; }
    public Long applicationId() { return applicationId; }
    public Long organizationId() { return organizationId; }
    public Long personId() { return personId; }
    public String reason() { return reason; }
    public Instant declaredAt() { return declaredAt; }
}
