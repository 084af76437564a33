package org.tianshan.grants.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.tianshan.grants.audit.control.AuditHasher;

import java.time.Instant;

/** One link of the chain. Immutable: there is no way in the code to change or delete it. */
@Entity
@Table(name = "audit_event")
@Cacheable(false)
@NamedQuery(name = AuditEvent.FROM_SEQ, query = "select e from AuditEvent e where e.seq > :after order by e.seq")
@NamedQuery(name = AuditEvent.ALL, query = "select e from AuditEvent e order by e.seq desc")
@NamedQuery(name = AuditEvent.COUNT, query = "select count(e) from AuditEvent e")
@NamedQuery(name = AuditEvent.BY_ENTITY, query = "select e from AuditEvent e where e.entityId = :entityId order by e.seq desc")
@NamedQuery(name = AuditEvent.COUNT_BY_ENTITY, query = "select count(e) from AuditEvent e where e.entityId = :entityId")
public class AuditEvent {

    public static final String FROM_SEQ = "AuditEvent.fromSeq";
    public static final String ALL = "AuditEvent.all";
    public static final String COUNT = "AuditEvent.count";
    public static final String BY_ENTITY = "AuditEvent.byEntity";
    public static final String COUNT_BY_ENTITY = "AuditEvent.countByEntity";

    @Id
    private long seq;
    private Instant at;
    private String actor;
    private String action;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    private String detail;
    @Column(name = "prev_hash")
    private String prevHash;
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(long seq, Instant at, String actor, String action, String entityType, String entityId,
                      String detail, String prevHash) {
        this.seq = seq;
        this.at = AuditHasher.truncate(at);
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** What the hash of this row must be, given its stored fields. */
    public String computeHash() {
        return AuditHasher.hash(seq, at, actor, action, entityType, entityId, detail, prevHash);
    }

    public long seq() { return seq; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String entityType() { return entityType; }
    public String entityId() { return entityId; }
    public String detail() { return detail; }
    public String prevHash() { return prevHash; }
    public String hash() { return hash; }
}
