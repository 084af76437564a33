package org.tianshan.grants.call.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.call.entity.Call;
import org.tianshan.grants.call.entity.CallStatus;
import org.tianshan.grants.kernel.DomainEvent;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Closes each OPEN call at its {@code closesAt} with a persistent EJB timer. At start-up it also
 * reconciles: a call whose deadline passed while no server ran is closed now, and an OPEN call
 * without a timer (a new domain, a lost timer store) gets one — so no call stays open past its
 * deadline whatever happened to the timer store. Closing is idempotent.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class CallTimers {

    private static final Logger LOG = Logger.getLogger(CallTimers.class.getName());

    /** What a timer carries: which call to close. */
    public record Closing(long callId) implements Serializable {
    }

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @PostConstruct
    void reconcile() {
        Set<Long> scheduled = timers.getTimers().stream()
                .filter(t -> t.getInfo() instanceof Closing)
                .map(t -> ((Closing) t.getInfo()).callId())
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        for (Call call : em.createNamedQuery(Call.BY_STATUS, Call.class).setParameter("status", CallStatus.OPEN).getResultList()) {
            if (!call.closesAt().isAfter(now)) {
                closeNow(call, "deadline passed while the server was down");
            } else if (!scheduled.contains(call.id())) {
                schedule(call);
            }
        }
    }

    /** Schedules the closing of an OPEN call at its closesAt. */
    public void schedule(Call call) {
        timers.createSingleActionTimer(Date.from(call.closesAt()), new TimerConfig(new Closing(call.id()), true));
    }

    @Timeout
    void closeAtDeadline(Timer timer) {
        if (timer.getInfo() instanceof Closing closing) {
            Call call = em.find(Call.class, closing.callId());
            if (call != null && call.status() == CallStatus.OPEN) {
                closeNow(call, "deadline");
            }
        }
    }

    private void closeNow(Call call, String why) {
        call.close();
        events.fire(new DomainEvent("CALL_CLOSED", "Call", call.id().toString(),
                Map.of("by", "timer", "reason", why, "closesAt", call.closesAt().toString())));
        LOG.info(() -> "Call " + call.id() + " closed: " + why);
    }
}
