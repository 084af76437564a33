package org.tianshan.grants.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.Sha256;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Moves many applications of a call from one state to the next at once — set-wise SQL, for calls of
 * 20,000 applications: each application still gets its {@code StatusChange} row (its history), and the
 * batch one audit event whose detail pins the exact set by count and digest. No role check here: the
 * boundaries that use it check theirs, and timers (no caller) act as the system.
 */
@Dependent
public class StatusMoves {

    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /**
     * The applications among {@code ids} of the call that are in {@code from} become {@code to} (the
     * transition table must allow it); returns the ids moved, in ascending order.
     */
    public List<Long> move(long callId, Collection<Long> ids, ApplicationStatus from, ApplicationStatus to, String actor,
                           String reason, String action) {
        if (!from.mayBecome(to)) {
            throw new IllegalStateException(from + " cannot become " + to);
        }
        em.flush();
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        List<Long> moved = new ArrayList<>();
        for (int start = 0; start < sorted.size(); start += CHUNK) {
            List<Long> chunk = sorted.subList(start, Math.min(sorted.size(), start + CHUNK));
            String in = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
            // lock the rows first, so the history and the move see the same set under concurrency
            @SuppressWarnings("unchecked")
            List<Object> locked = em.createNativeQuery("select id from grant_application where call_id = ? and status = ? and id in ("
                    + in + ") order by id for update").setParameter(1, callId).setParameter(2, from.name()).getResultList();
            if (locked.isEmpty()) {
                continue;
            }
            String lockedIn = locked.stream().map(String::valueOf).collect(Collectors.joining(","));
            em.createNativeQuery("insert into application_status_change (application_id, from_status, to_status, actor, reason, at) "
                    + "select id, ?, ?, ?, ?, ? from grant_application where id in (" + lockedIn + ")")
                    .setParameter(1, from.name()).setParameter(2, to.name()).setParameter(3, actor).setParameter(4, reason)
                    .setParameter(5, at).executeUpdate();
            em.createNativeQuery("update grant_application set status = ?, version = version + 1 where id in (" + lockedIn + ")")
                    .setParameter(1, to.name()).executeUpdate();
            locked.forEach(id -> moved.add(((Number) id).longValue()));
        }
        if (!moved.isEmpty()) {
            Map<String, String> detail = new LinkedHashMap<>();
            detail.put("call", Long.toString(callId));
            detail.put("from", from.name());
            detail.put("to", to.name());
            detail.put("count", Integer.toString(moved.size()));
            detail.put("applicationsDigest", Sha256.hex(moved.stream().map(String::valueOf).collect(Collectors.joining(","))));
            detail.put("reason", reason);
            events.fire(new DomainEvent(action, "GrantCall", Long.toString(callId), detail));
        }
        return moved;
    }
}
