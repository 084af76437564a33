package org.tianshan.grants.decision.control;

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
import org.tianshan.grants.decision.entity.NoticeStatus;
import org.tianshan.grants.decision.entity.PublicNotice;
import org.tianshan.grants.kernel.DomainEvent;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Ends each public notice at its {@code endsAt} with a persistent EJB timer, which survives a restart of
 * the server; at start-up it also reconciles (a notice whose end passed while no server ran is closed now,
 * an OPEN notice without a timer gets one). A notice with an unresolved objection cannot close: the
 * timer looks again every {@link #RETRY} (audited), and the officer may close it once all are resolved.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class NoticeTimers {

    public static final Duration RETRY = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(NoticeTimers.class.getName());

    /** What a timer carries: which notice to end. */
    public record Ending(long noticeId) implements Serializable {
    }

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @Inject
    NoticeClosing closing;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @PostConstruct
    void reconcile() {
        Set<Long> scheduled = timers.getTimers().stream().filter(t -> t.getInfo() instanceof Ending)
                .map(t -> ((Ending) t.getInfo()).noticeId()).collect(Collectors.toSet());
        for (PublicNotice notice : em.createNamedQuery(PublicNotice.BY_STATUS, PublicNotice.class)
                .setParameter("status", NoticeStatus.OPEN).getResultList()) {
            if (!scheduled.contains(notice.id())) {
                schedule(notice.id(), notice.endsAt().isAfter(clock.instant()) ? notice.endsAt() : clock.instant().plusSeconds(5));
            }
        }
    }

    /** Schedules the end of a notice at that instant. */
    public void schedule(long noticeId, Instant at) {
        timers.createSingleActionTimer(Date.from(at), new TimerConfig(new Ending(noticeId), true));
    }

    @Timeout
    void end(Timer timer) {
        if (!(timer.getInfo() instanceof Ending ending)) {
            return;
        }
        PublicNotice notice = em.find(PublicNotice.class, ending.noticeId());
        if (notice == null || notice.status() != NoticeStatus.OPEN) {
            return;   // closed early by the officer
        }
        long open = closing.openObjections(notice.id());
        if (open > 0) {
            schedule(notice.id(), clock.instant().plus(RETRY));
            events.fire(new DomainEvent("PUBLIC_NOTICE_CLOSE_DEFERRED", "PublicNotice", notice.id().toString(),
                    Map.of("openObjections", Long.toString(open), "retryIn", RETRY.toString())));
            LOG.info(() -> "Public notice " + notice.id() + " ended with " + open + " unresolved objection(s); looking again in " + RETRY);
            return;
        }
        closing.close(notice, "system", "the notice period ended");
        LOG.info(() -> "Public notice " + notice.id() + " closed by its timer");
    }
}
