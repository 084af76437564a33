package org.tianshan.grants.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The end of the chain; its row lock serializes appends so the chain never forks. */
@Entity
@Table(name = "audit_chain_head")
@Cacheable(false)
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;
    @Column(name = "last_seq")
    private long lastSeq;
    @Column(name = "last_hash")
    private String lastHash;
    @Version
    private long version;

    protected AuditChainHead() {
    }

    public long lastSeq() { return lastSeq; }
    public String lastHash() { return lastHash; }

    public void advanceTo(AuditEvent event) {
        if (event.seq() != lastSeq + 1 || !event.prevHash().equals(lastHash)) {
            throw new IllegalStateException("event " + event.seq() + " does not extend the chain at " + lastSeq);
        }
        lastSeq = event.seq();
        lastHash = event.hash();
    }
}
