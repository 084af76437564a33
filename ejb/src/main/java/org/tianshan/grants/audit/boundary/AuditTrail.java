package org.tianshan.grants.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.audit.control.AuditHasher;
import org.tianshan.grants.audit.entity.AuditChainHead;
import org.tianshan.grants.audit.entity.AuditEvent;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Roles;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Writes and reads the audit trail. */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditTrail {

    static final int VERIFY_BATCH = 2000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    /**
     * Appends an event for a domain change, in the caller's transaction: if the change rolls back, so
     * does its audit event; if the audit event cannot be written, the change does not happen.
     */
    @PermitAll
    public void record(@Observes DomainEvent event) {
        // everything that needs no lock first: the chain head serialises every audited transaction from
        // here to its commit, so the change's own pending rows are written and the detail prepared before
        String detail = AuditHasher.canonicalDetail(event.detail());
        String actor = actor();
        em.flush();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEvent appended = new AuditEvent(head.lastSeq() + 1, clock.instant(), actor, event.action(),
                event.entityType(), event.entityId(), detail, head.lastHash());
        em.persist(appended);
        head.advanceTo(appended);
    }

    /** The auditor reads every event, newest first, or those of one entity. */
    public Page<AuditEntry> events(Optional<String> entityId, PageRequest page) {
        var query = entityId.isPresent()
                ? em.createNamedQuery(AuditEvent.BY_ENTITY, AuditEvent.class).setParameter("entityId", entityId.get())
                : em.createNamedQuery(AuditEvent.ALL, AuditEvent.class);
        var count = entityId.isPresent()
                ? em.createNamedQuery(AuditEvent.COUNT_BY_ENTITY, Long.class).setParameter("entityId", entityId.get())
                : em.createNamedQuery(AuditEvent.COUNT, Long.class);
        List<AuditEntry> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(e -> new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(),
                        e.detail(), e.hash(), e.prevHash()))
                .toList();
        return new Page<>(items, count.getSingleResult());
    }

    /**
     * Re-walks the whole chain: every seq follows the one before, every row links to the previous
     * hash, every stored hash matches its recomputed canonical form, and the chain ends where the head
     * says it does. Detects an edited, inserted or deleted row, the first one it meets.
     */
    public Verification verify() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        em.refresh(head);
        long expectedSeq = 1;
        String prevHash = AuditHasher.GENESIS;
        long count = 0;
        while (true) {
            List<AuditEvent> batch = em.createNamedQuery(AuditEvent.FROM_SEQ, AuditEvent.class)
                    .setParameter("after", expectedSeq - 1)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            for (AuditEvent e : batch) {
                if (e.seq() != expectedSeq) {
                    return Verification.broken(count, expectedSeq, "event " + expectedSeq + " is missing");
                }
                if (!e.prevHash().equals(prevHash)) {
                    return Verification.broken(count, e.seq(), "does not link to the hash of event " + (e.seq() - 1));
                }
                if (!e.computeHash().equals(e.hash())) {
                    return Verification.broken(count, e.seq(), "content does not match its hash");
                }
                prevHash = e.hash();
                expectedSeq++;
                count++;
            }
            em.clear();
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        if (head.lastSeq() != count || !head.lastHash().equals(prevHash)) {
            return Verification.broken(count, count + 1, "the chain ends at " + count + " but the head records "
                    + head.lastSeq() + ": events were deleted");
        }
        return Verification.ok(count);
    }

    private String actor() {
        Principal caller = session.getCallerPrincipal();
        return caller == null || "ANONYMOUS".equalsIgnoreCase(caller.getName()) ? "system" : caller.getName();
    }
}
