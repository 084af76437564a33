package org.tianshan.grants.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One transition of an application: from, to, who, why, when. Append-only. */
@Entity
@Table(name = "application_status_change")
@NamedQuery(name = StatusChange.OF, query = "select s from StatusChange s where s.applicationId = :id order by s.id")
public class StatusChange {

    public static final String OF = "StatusChange.of";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id")
    private long applicationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ApplicationStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ApplicationStatus to;
    private String actor;
    private String reason;
    private Instant at;

    protected StatusChange() {
    }

    public StatusChange(long applicationId, ApplicationStatus from, ApplicationStatus to, String actor, String reason, Instant at) {
        this.applicationId = applicationId;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reason = reason;
        this.at = at;
    }

    public ApplicationStatus from() { return from; }
    public ApplicationStatus to() { return to; }
    public String actor() { return actor; }
    public String reason() { return reason; }
    public Instant at() { return at; }
}
