package org.tianshan.grants.project.entity;

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

/** One transition of a project: from, to, who, why, when. Append-only. */
@Entity
@Table(name = "project_status_change")
@NamedQuery(name = ProjectStatusChange.OF, query = "select s from ProjectStatusChange s where s.projectId = :id order by s.id")
public class ProjectStatusChange {

    public static final String OF = "ProjectStatusChange.of";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id")
    private long projectId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ProjectStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ProjectStatus to;
    private String actor;
    private String reason;
    private Instant at;

    protected ProjectStatusChange() {
    }

    public ProjectStatusChange(long projectId, ProjectStatus from, ProjectStatus to, String actor, String reason, Instant at) {
        this.projectId = projectId;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reason = reason;
        this.at = at;
    }

    public ProjectStatus from() { return from; }
    public ProjectStatus to() { return to; }
    public String actor() { return actor; }
    public String reason() { return reason; }
    public Instant at() { return at; }
}
