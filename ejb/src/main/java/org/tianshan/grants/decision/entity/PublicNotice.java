package org.tianshan.grants.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tianshan.grants.kernel.StateConflict;
import java.time.Instant;

/**
 * The public notice (公示) of an approved funding plan: the funded projects are shown to everyone,
 * without sign-in, from {@code startsAt} to {@code endsAt}; anyone signed in may object meanwhile.
 */
@Entity
@Table(name = "public_notice")
@NamedQuery(name = PublicNotice.BY_STATUS, query = "select n from PublicNotice n where n.status = :status order by n.startsAt desc, n.id desc")
@NamedQuery(name = PublicNotice.COUNT_BY_STATUS, query = "select count(n) from PublicNotice n where n.status = :status")
@NamedQuery(name = PublicNotice.OF_PLAN, query = "select n from PublicNotice n where n.planId = :plan")
public class PublicNotice {

    public static final String BY_STATUS = "PublicNotice.byStatus";
    public static final String COUNT_BY_STATUS = "PublicNotice.countByStatus";
    public static final String OF_PLAN = "PublicNotice.ofPlan";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "call_id")
    private long callId;
    @Column(name = "plan_id")
    private long planId;
    @Enumerated(EnumType.STRING)
    private NoticeStatus status;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected PublicNotice() {
    }

    public PublicNotice(long callId, long planId, Instant startsAt, Instant endsAt) {
        this.callId = callId;
        this.planId = planId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.status = NoticeStatus.OPEN;
    }

    /** Objections are taken while OPEN and before the end of the period. */
    public boolean takesObjections(Instant at) {
        return status == NoticeStatus.OPEN && at.isBefore(endsAt);
    }

    public void close(String actor, Instant at) {
        if (status != NoticeStatus.OPEN) {
            throw new StateConflict("WRONG_STATE", "public notice " + id + " is already " + status);
        }
        this.status = NoticeStatus.CLOSED;
        this.closedBy = actor;
        this.closedAt = at;
    }

    public Long id() { return id; }
    public long callId() { return callId; }
    public long planId() { return planId; }
    public NoticeStatus status() { return status; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public String closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }
    public long version() { return version; }
}
