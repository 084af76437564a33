package org.tianshan.grants.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.application.boundary.ReviewStages;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.call.entity.Call;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.Ids;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.review.control.Aggregate;
import org.tianshan.grants.review.entity.PanelEntry;
import org.tianshan.grants.review.entity.ReviewPanel;
import org.tianshan.grants.review.entity.ReviewStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Aggregation and the panel (汇总排序与会议评审): each application's trimmed mean of weighted review
 * scores, its standard deviation and a dispersion flag; the panel opens on that ranking once every
 * review is in, adjusts it with recorded reasons, and freezes it on closing, when the applications
 * become REVIEWED.
 */
@Stateless
public class Rankings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @EJB
    ReviewStages stages;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /** The call's ranking: the panel's once a panel holds it, otherwise computed from the submitted reviews now. */
    @RolesAllowed({Roles.PROGRAM_OFFICER, Roles.DIRECTOR})
    public List<RankingEntry> ranking(long callId) {
        Call call = call(callId);
        return panelOf(callId).map(this::entries).orElseGet(() -> computed(call));
    }

    /** The call's panel (404 when none was opened). */
    @RolesAllowed({Roles.PROGRAM_OFFICER, Roles.DIRECTOR})
    public PanelView panel(long callId) {
        call(callId);
        return view(panelOf(callId).orElseThrow(() -> new NotFound("panel of call", callId)));
    }

    /**
     * Opens the panel on the computed ranking: once per call (409), only when the call has applications
     * under review and every live review is submitted (422 REVIEWS_OUTSTANDING naming how many are not).
     */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public PanelView open(long callId) {
        Call call = em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw new NotFound("call", callId);
        }
        if (panelOf(callId).isPresent()) {
            throw new StateConflict("PANEL_EXISTS", "call " + callId + " already has a panel");
        }
        List<RankingEntry> computed = computed(call);
        if (computed.isEmpty()) {
            throw new RuleViolation("NOTHING_TO_RANK", "call " + callId + " has no application under review");
        }
        int outstanding = computed.stream().mapToInt(RankingEntry::outstanding).sum();
        if (outstanding > 0) {
            throw new RuleViolation("REVIEWS_OUTSTANDING", outstanding + " review(s) of this call are not submitted yet");
        }
        List<PanelEntry> entries = computed.stream().map(e -> new PanelEntry(Long.parseLong(e.applicationId()), e.rank(), e.score(),
                e.stdDev(), e.reviews(), e.flagged())).toList();
        ReviewPanel panel = new ReviewPanel(callId, entries, accounts.me().username(), clock.instant());
        em.persist(panel);
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("call", Long.toString(callId));
        detail.put("ranking", digest(panel));
        events.fire(new DomainEvent("PANEL_OPENED", "ReviewPanel", panel.id().toString(), detail));
        return view(panel);
    }

    /** The panel moves an application and/or marks it for discussion, with its reason; only while OPEN (409). */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public PanelView adjust(long callId, @NotNull @Valid PanelAdjustment request) {
        call(callId);
        ReviewPanel panel = panelOf(callId).orElseThrow(() -> new NotFound("panel of call", callId));
        long applicationId = Ids.parse("applicationId", request.applicationId());
        int before = panel.ranking().stream().filter(e -> e.applicationId() == applicationId).findFirst()
                .map(PanelEntry::panelRank).orElse(0);
        PanelEntry entry = panel.adjust(applicationId, request.rank(), Boolean.TRUE.equals(request.discuss()), request.reason().strip());
        em.lock(panel, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("application", Long.toString(applicationId));
        detail.put("from", Integer.toString(before));
        detail.put("to", Integer.toString(entry.panelRank()));
        detail.put("discuss", Boolean.toString(entry.discuss()));
        detail.put("reason", entry.reason());
        events.fire(new DomainEvent("PANEL_ADJUSTED", "ReviewPanel", panel.id().toString(), detail));
        return view(panel);
    }

    /** Closes the panel: the ranking is frozen and its applications become REVIEWED. A closed panel: 409. */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public PanelView close(long callId) {
        call(callId);
        ReviewPanel panel = panelOf(callId).orElseThrow(() -> new NotFound("panel of call", callId));
        em.lock(panel, LockModeType.PESSIMISTIC_WRITE);
        panel.close(accounts.me().username(), clock.instant());
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("call", Long.toString(callId));
        detail.put("ranking", digest(panel));
        events.fire(new DomainEvent("PANEL_CLOSED", "ReviewPanel", panel.id().toString(), detail));
        stages.reviewed(callId, panel.ranking().stream().map(PanelEntry::applicationId).toList(),
                "ranking frozen by the panel " + panel.id());
        return view(panel);
    }

    private List<RankingEntry> computed(Call call) {
        List<Object[]> applications = em.createQuery("select a.id, a.title from GrantApplication a where a.callId = :call "
                + "and a.status = :status order by a.id", Object[].class)
                .setParameter("call", call.id()).setParameter("status", ApplicationStatus.UNDER_REVIEW).getResultList();
        Map<Long, List<BigDecimal>> scores = new HashMap<>();
        Map<Long, Integer> outstanding = new HashMap<>();
        for (Object[] row : em.createQuery("select r.applicationId, r.status, r.weightedScore from Review r where r.callId = :call "
                + "and r.status in :live", Object[].class).setParameter("call", call.id())
                .setParameter("live", List.of(ReviewStatus.ASSIGNED, ReviewStatus.SUBMITTED)).getResultList()) {
            long application = ((Number) row[0]).longValue();
            if (row[1] == ReviewStatus.SUBMITTED) {
                scores.computeIfAbsent(application, k -> new ArrayList<>()).add((BigDecimal) row[2]);
            } else {
                outstanding.merge(application, 1, Integer::sum);
            }
        }
        record Scored(long id, String title, Aggregate aggregate, int outstanding) {
        }
        List<Scored> scored = applications.stream().map(a -> {
            long id = ((Number) a[0]).longValue();
            return new Scored(id, (String) a[1], Aggregate.of(scores.getOrDefault(id, List.of()), call.dispersionThreshold()),
                    outstanding.getOrDefault(id, 0));
        }).sorted(Comparator.comparing((Scored s) -> s.aggregate().score(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.aggregate().stdDev(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Scored::id)).toList();
        List<RankingEntry> ranking = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranking.add(new RankingEntry(Long.toString(s.id()), s.title(), i + 1, s.aggregate().score(), s.aggregate().stdDev(),
                    s.aggregate().flagged(), s.aggregate().reviews(), s.outstanding(), i + 1, false, null));
        }
        return ranking;
    }

    private List<RankingEntry> entries(ReviewPanel panel) {
        Map<Long, String> titles = new HashMap<>();
        List<Long> ids = panel.ranking().stream().map(PanelEntry::applicationId).toList();
        if (!ids.isEmpty()) {
            em.createQuery("select a.id, a.title from GrantApplication a where a.id in :ids", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> titles.put(((Number) r[0]).longValue(), (String) r[1]));
        }
        return panel.ranking().stream().map(e -> new RankingEntry(Long.toString(e.applicationId()), titles.get(e.applicationId()),
                e.panelRank(), e.score(), e.stdDev(), e.flagged(), e.reviews(), 0, e.computedRank(), e.discuss(), e.reason())).toList();
    }

    private PanelView view(ReviewPanel p) {
        return new PanelView(p.id().toString(), Long.toString(p.callId()), p.status().name(), p.openedBy(), p.openedAt(),
                p.closedBy(), p.closedAt(), p.version(), entries(p));
    }

    private Optional<ReviewPanel> panelOf(long callId) {
        return em.createNamedQuery(ReviewPanel.OF_CALL, ReviewPanel.class).setParameter("call", callId).getResultStream().findFirst();
    }

    private Call call(long callId) {
        Call call = em.find(Call.class, callId);
        if (call == null) {
            throw new NotFound("call", callId);
        }
        return call;
    }

    private static String digest(ReviewPanel panel) {
        return panel.ranking().stream().map(e -> e.applicationId() + ":" + e.panelRank() + (e.discuss() ? "*" : ""))
                .collect(Collectors.joining(","));
    }
}
