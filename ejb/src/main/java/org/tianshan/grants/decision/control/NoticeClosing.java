package org.tianshan.grants.decision.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.application.control.StatusMoves;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.decision.boundary.ApplicationFunded;
import org.tianshan.grants.decision.entity.FundingPlan;
import org.tianshan.grants.decision.entity.Objection;
import org.tianshan.grants.decision.entity.PlanItem;
import org.tianshan.grants.decision.entity.PublicNotice;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.StateConflict;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ends a public notice (公示), by the officer or by its timer: never while an objection is unresolved.
 * The plan's applications still in notice become APPROVED and each is announced as {@link ApplicationFunded}
 * (the project context opens its project, in CONTRACTING, in the same transaction);
 * the call's other REVIEWED applications become NOT_FUNDED; every applicant hears of the decision.
 */
@Dependent
public class NoticeClosing {

    @PersistenceContext
    EntityManager em;

    @Inject
    StatusMoves moves;

    @Inject
    Event<ApplicationFunded> funded;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /** Unresolved objections of the notice. */
    public long openObjections(long noticeId) {
        return em.createNamedQuery(Objection.OPEN_OF_NOTICE, Long.class).setParameter("notice", noticeId).getSingleResult();
    }

    /** Closes the notice (409 OPEN_OBJECTIONS while one is unresolved; 409 when already closed). */
    public void close(PublicNotice notice, String actor, String why) {
        em.lock(notice, LockModeType.PESSIMISTIC_WRITE);
        long open = openObjections(notice.id());
        if (open > 0) {
            throw new StateConflict("OPEN_OBJECTIONS", "public notice " + notice.id() + " has " + open
                    + " unresolved objection(s); resolve each before it can close");
        }
        notice.close(actor, clock.instant());
        FundingPlan plan = em.find(FundingPlan.class, notice.planId(), LockModeType.PESSIMISTIC_WRITE);
        plan.conclude();
        em.flush();
        List<Long> approved = moves.move(notice.callId(), plan.items().stream().map(PlanItem::applicationId).toList(),
                ApplicationStatus.IN_PUBLIC_NOTICE, ApplicationStatus.APPROVED, actor, "public notice " + notice.id() + " closed",
                "APPLICATIONS_APPROVED");
        @SuppressWarnings("unchecked")
        List<Object> reviewed = em.createNativeQuery("select id from grant_application where call_id = ? and status = ?")
                .setParameter(1, notice.callId()).setParameter(2, ApplicationStatus.REVIEWED.name()).getResultList();
        List<Long> notFunded = moves.move(notice.callId(), reviewed.stream().map(id -> ((Number) id).longValue()).toList(),
                ApplicationStatus.REVIEWED, ApplicationStatus.NOT_FUNDED, actor, "not in the funding plan of notice " + notice.id(),
                "APPLICATIONS_NOT_FUNDED");
        for (long id : approved) {
            PlanItem item = plan.item(id).orElseThrow();
            funded.fire(new ApplicationFunded(id, item.amount(), item.cutReason(), actor));
            decided(id, "APPROVED", item.amount().toString());
        }
        notFunded.forEach(id -> decided(id, "NOT_FUNDED", "0.00"));
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("call", Long.toString(notice.callId()));
        detail.put("plan", Long.toString(plan.id()));
        detail.put("approved", Integer.toString(approved.size()));
        detail.put("notFunded", Integer.toString(notFunded.size()));
        detail.put("why", why);
        events.fire(new DomainEvent("PUBLIC_NOTICE_CLOSED", "PublicNotice", notice.id().toString(), detail));
    }

    /** One event per applicant's application: the audit trail's per-application record and the applicant's mail. */
    private void decided(long applicationId, String decision, String amount) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("decision", decision);
        detail.put("amount", amount);
        events.fire(new DomainEvent("APPLICATION_FUNDING_DECISION", "GrantApplication", Long.toString(applicationId), detail));
    }
}
