package org.tianshan.grants.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One assignment run of a call. Its seed is kept (and audited) so a RANDOM draw can be reproduced. Append-only. */
@Entity
@Table(name = "assignment_run")
public class AssignmentRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "call_id")
    private long callId;
    @Enumerated(EnumType.STRING)
    private AssignmentMode mode;
    private Long seed;
    @Column(name = "per_application")
    private int perApplication;
    private int assigned;
    private int unfilled;
    private String actor;
    private Instant at;

    protected AssignmentRun() {
    }

    public AssignmentRun(long callId, AssignmentMode mode, Long seed, int perApplication, String actor, Instant at) {
        this.callId = callId;
        this.mode = mode;
        this.seed = seed;
        this.perApplication = perApplication;
        this.actor = actor;
        this.at = at;
    }

    public void outcome(int assigned, int unfilled) {
        this.assigned = assigned;
        this.unfilled = unfilled;
    }

    public Long id() { return id; }
    public long callId() { return callId; }
    public AssignmentMode mode() { return mode; }
    public Long seed() { return seed; }
    public int perApplication() { return perApplication; }
    public int assigned() { return assigned; }
    public int unfilled() { return unfilled; }
}
