package org.tianshan.grants.decision.boundary;

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
import org.tianshan.grants.application.control.StatusMoves;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.call.entity.Call;
import org.tianshan.grants.catalog.entity.Programme;
import org.tianshan.grants.decision.control.NoticeTimers;
import org.tianshan.grants.decision.control.PlanRules;
import org.tianshan.grants.decision.entity.FundingPlan;
import org.tianshan.grants.decision.entity.PlanItem;
import org.tianshan.grants.decision.entity.PlanStatus;
import org.tianshan.grants.decision.entity.PublicNotice;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.Ids;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.control.Settings;
import org.tianshan.grants.review.boundary.RankingEntry;
import org.tianshan.grants.review.boundary.Rankings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The funding plan (立项建议) and its approval: the officer proposes which REVIEWED applications to fund
 * and with how much (within the call's budget; a cut needs its reason), starting from a default plan in
 * rank order; a director — never the proposer, whatever roles they hold — approves it, which starts the
 * public notice, or returns it. An approved plan is not changed: objections in the notice decide.
 */
@Stateless
public class FundingPlans {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @EJB
    Rankings rankings;

    @Inject
    StatusMoves moves;

    @Inject
    NoticeTimers timers;

    @Inject
    Settings settings;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /**
     * Proposes a plan for the call (replacing an earlier PROPOSED or RETURNED one): every application
     * REVIEWED in this call, each amount positive and at most its request, a cut with its reason, the
     * total within the call's budget (422 naming each rule broken). An approved plan cannot be replaced (409).
     */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public PlanView propose(long callId, @NotNull @Valid PlanRequest request) {
        Call call = em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw new NotFound("call", callId);
        }
        Optional<FundingPlan> current = current(callId);
        if (current.isPresent() && !current.get().status().isOpen()) {
            throw new StateConflict("PLAN_APPROVED", "call " + callId + " has a funding plan " + current.get().status()
                    + "; it is changed through the objections of its public notice, not by a new plan");
        }
        Map<Long, Integer> ranks = ranks(callId);
        Map<Long, PlanRules.Candidate> candidates = candidates(call, ranks);
        List<Violation> malformed = new ArrayList<>();
        List<PlanRules.Line> lines = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            PlanRequest.Item item = request.items().get(i);
            long applicationId = Ids.parse("items[" + i + "].applicationId", item.applicationId());
            Money amount = Money.parse(item.amount());
            if (!seen.add(applicationId)) {
                malformed.add(new Violation("items[" + i + "].applicationId", "application " + applicationId + " is listed twice"));
            }
            if (amount.compareTo(Money.ZERO) <= 0) {
                malformed.add(new Violation("items[" + i + "].amount", "a positive amount"));
            }
            PlanRules.Candidate c = candidates.get(applicationId);
            if (c != null && amount.compareTo(c.requested()) < 0 && (item.reason() == null || item.reason().isBlank())) {
                malformed.add(new Violation("items[" + i + "].reason", "give the reason for funding less than the " + c.requested() + " requested"));
            }
            lines.add(new PlanRules.Line(applicationId, amount));
        }
        if (!malformed.isEmpty()) {
            throw new InvalidInput(malformed);
        }
        List<Violation> broken = PlanRules.check(lines, candidates, terms(call));
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        current.ifPresent(FundingPlan::supersede);
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PlanRules.Line line = lines.get(i);
            PlanRules.Candidate c = candidates.get(line.applicationId());
            String reason = line.amount().compareTo(c.requested()) < 0 ? request.items().get(i).reason().strip() : null;
            items.add(new PlanItem(line.applicationId(), i + 1, c.requested(), line.amount(), reason));
        }
        FundingPlan plan = new FundingPlan(callId, items, accounts.me().username(), clock.instant());
        em.persist(plan);
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("call", Long.toString(callId));
        detail.put("total", plan.total().toString());
        detail.put("items", items.stream().map(it -> it.applicationId() + ":" + it.amount() + (it.isCut() ? "(cut)" : ""))
                .collect(Collectors.joining(",")));
        events.fire(new DomainEvent("FUNDING_PLAN_PROPOSED", "FundingPlan", plan.id().toString(), detail));
        return view(plan, call, ranks);
    }

    /** The default plan for the call: the frozen ranking in order while the budget lasts (RACE: top N; CHALLENGE: the winner with the bounty). Not stored. */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public PlanRequest proposal(long callId) {
        Call call = call(callId);
        Map<Long, PlanRules.Candidate> candidates = candidates(call, ranks(callId));
        return new PlanRequest(PlanRules.proposal(new ArrayList<>(candidates.values()), terms(call)).stream()
                .map(l -> new PlanRequest.Item(Long.toString(l.applicationId()), l.amount().toString(), null)).toList());
    }

    /** The call's current plan (the newest that is not superseded); 404 when there is none. */
    @RolesAllowed({Roles.PROGRAM_OFFICER, Roles.DIRECTOR})
    public PlanView ofCall(long callId) {
        Call call = call(callId);
        return view(current(callId).orElseThrow(() -> new NotFound("funding plan of call", callId)), call);
    }

    /**
     * The plan editor's rows: the call's applications placed in its frozen ranking, in rank order, with
     * what each requested and its status ({@code amount} and {@code cutReason} empty: the plan holds those).
     */
    @RolesAllowed({Roles.PROGRAM_OFFICER, Roles.DIRECTOR})
    public List<PlanView.Item> candidates(long callId) {
        Call call = call(callId);
        List<RankingEntry> ranking = rankings.ranking(call.id());
        List<Long> ids = ranking.stream().map(e -> Long.parseLong(e.applicationId())).toList();
        Map<Long, GrantApplication> applications = applications(ids);
        return ranking.stream().sorted(Comparator.comparingInt(RankingEntry::rank))
                .filter(e -> applications.containsKey(Long.parseLong(e.applicationId())))
                .map(e -> {
                    GrantApplication a = applications.get(Long.parseLong(e.applicationId()));
                    return new PlanView.Item(e.applicationId(), a.title(), e.rank(), a.total().toString(), null, null, a.status().name());
                }).toList();
    }

    /** The plans awaiting a director's decision (PROPOSED), newest first: the director's approval queue. */
    @RolesAllowed(Roles.DIRECTOR)
    public Page<PlanView> pending(@NotNull PageRequest page) {
        List<PlanView> items = em.createNamedQuery(FundingPlan.PENDING, FundingPlan.class).setFirstResult(page.offset())
                .setMaxResults(page.size()).getResultList().stream().map(p -> view(p, call(p.callId()))).toList();
        return new Page<>(items, em.createNamedQuery(FundingPlan.COUNT_PENDING, Long.class).getSingleResult());
    }

    @RolesAllowed({Roles.PROGRAM_OFFICER, Roles.DIRECTOR})
    public PlanView find(long planId) {
        FundingPlan plan = plan(planId);
        return view(plan, call(plan.callId()));
    }

    /**
     * A director approves a PROPOSED plan — never its proposer (403, even holding both roles): its
     * applications go RECOMMENDED → IN_PUBLIC_NOTICE and the public notice starts, ending after the
     * programme's notice days by a persistent timer.
     */
    @RolesAllowed(Roles.DIRECTOR)
    public Approval approve(long planId, PlanDecision decision) {
        FundingPlan plan = plan(planId);
        em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
        String director = accounts.me().username();
        String comment = decision == null || decision.comment() == null ? null : decision.comment().strip();
        plan.approve(director, comment, clock.instant());
        Call call = call(plan.callId());
        List<Long> ids = plan.items().stream().map(PlanItem::applicationId).toList();
        List<Long> recommended = moves.move(call.id(), ids, ApplicationStatus.REVIEWED, ApplicationStatus.RECOMMENDED, director,
                "funding plan " + planId + " approved", "APPLICATIONS_RECOMMENDED");
        if (recommended.size() != ids.size()) {
            throw new StateConflict("WRONG_STATE", "not every application of plan " + planId + " is still REVIEWED");
        }
        moves.move(call.id(), ids, ApplicationStatus.RECOMMENDED, ApplicationStatus.IN_PUBLIC_NOTICE, director,
                "public notice of plan " + planId, "APPLICATIONS_IN_PUBLIC_NOTICE");
        Instant starts = clock.instant();
        Instant ends = starts.plus(noticeDuration(call));
        PublicNotice notice = new PublicNotice(call.id(), planId, starts, ends);
        em.persist(notice);
        em.flush();
        timers.schedule(notice.id(), ends);
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("call", Long.toString(call.id()));
        detail.put("proposer", plan.proposedBy());
        detail.put("total", plan.total().toString());
        detail.put("notice", notice.id().toString());
        detail.put("endsAt", ends.toString());
        detail.put("comment", comment == null ? "" : comment);
        events.fire(new DomainEvent("FUNDING_PLAN_APPROVED", "FundingPlan", plan.id().toString(), detail));
        return new Approval(plan.id().toString(), plan.status().name(), notice.id().toString(), ends);
    }

    /** A director returns a PROPOSED plan with the reason (never the proposer: 403). */
    @RolesAllowed(Roles.DIRECTOR)
    public PlanView sendBack(long planId, @NotNull @Valid PlanDecision decision) {
        if (decision.comment() == null || decision.comment().isBlank()) {
            throw new InvalidInput("comment", "give the reason for returning the plan");
        }
        FundingPlan plan = plan(planId);
        em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
        plan.sendBack(accounts.me().username(), decision.comment().strip(), clock.instant());
        em.flush();
        events.fire(new DomainEvent("FUNDING_PLAN_RETURNED", "FundingPlan", plan.id().toString(),
                Map.of("comment", decision.comment().strip())));
        return view(plan, call(plan.callId()));
    }

    private Duration noticeDuration(Call call) {
        return settings.publicNoticeDuration().orElseGet(() -> {
            Programme programme = em.createNamedQuery(Programme.BY_CODE, Programme.class)
                    .setParameter("code", call.programmeCode()).getResultStream().findFirst().orElse(null);
            return Duration.ofDays(programme == null ? 7 : programme.publicNoticeDays());
        });
    }

    private Optional<FundingPlan> current(long callId) {
        return em.createNamedQuery(FundingPlan.OF_CALL, FundingPlan.class).setParameter("call", callId).getResultStream()
                .filter(p -> p.status() != PlanStatus.SUPERSEDED).findFirst();
    }

    /** Each ranked application's place in the call's (frozen) ranking. */
    private Map<Long, Integer> ranks(long callId) {
        Map<Long, Integer> rank = new HashMap<>();
        rankings.ranking(callId).forEach(e -> rank.put(Long.parseLong(e.applicationId()), e.rank()));
        return rank;
    }

    private Map<Long, GrantApplication> applications(List<Long> ids) {
        Map<Long, GrantApplication> applications = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select a from GrantApplication a where a.id in :ids", GrantApplication.class).setParameter("ids", ids)
                    .getResultList().forEach(a -> applications.put(a.id(), a));
        }
        return applications;
    }

    /** The call's applications past review, by id, with their place in the ranking ({@code rank}). */
    private Map<Long, PlanRules.Candidate> candidates(Call call, Map<Long, Integer> rank) {
        Map<Long, PlanRules.Candidate> candidates = new LinkedHashMap<>();
        for (GrantApplication a : em.createQuery("select a from GrantApplication a where a.callId = :call and a.status in :states "
                + "order by a.id", GrantApplication.class).setParameter("call", call.id())
                .setParameter("states", List.of(ApplicationStatus.REVIEWED, ApplicationStatus.RECOMMENDED,
                        ApplicationStatus.IN_PUBLIC_NOTICE, ApplicationStatus.APPROVED, ApplicationStatus.NOT_FUNDED)).getResultList()) {
            candidates.put(a.id(), new PlanRules.Candidate(a.id(), rank.getOrDefault(a.id(), Integer.MAX_VALUE), a.total(),
                    a.status() == ApplicationStatus.REVIEWED));
        }
        return candidates;
    }

    private static PlanRules.Terms terms(Call call) {
        return new PlanRules.Terms(call.fundingMode(), call.totalBudget(), call.raceTeams(), call.challengeBounty());
    }

    private FundingPlan plan(long planId) {
        FundingPlan plan = em.find(FundingPlan.class, planId);
        if (plan == null) {
            throw new NotFound("funding plan", planId);
        }
        return plan;
    }

    private Call call(long callId) {
        Call call = em.find(Call.class, callId);
        if (call == null) {
            throw new NotFound("call", callId);
        }
        return call;
    }

    private PlanView view(FundingPlan plan, Call call) {
        return view(plan, call, ranks(call.id()));
    }

    private PlanView view(FundingPlan plan, Call call, Map<Long, Integer> rank) {
        Map<Long, GrantApplication> applications = applications(plan.items().stream().map(PlanItem::applicationId).toList());
        String noticeId = em.createNamedQuery(PublicNotice.OF_PLAN, PublicNotice.class).setParameter("plan", plan.id())
                .getResultStream().findFirst().map(n -> n.id().toString()).orElse(null);
        return new PlanView(plan.id().toString(), Long.toString(plan.callId()), plan.status().name(), plan.total().toString(),
                call.totalBudget().toString(), call.totalBudget().minus(plan.total()).toString(), plan.proposedBy(), plan.proposedAt(),
                plan.decidedBy(), plan.decidedAt(), plan.decisionComment(), noticeId, plan.version(),
                plan.items().stream().map(i -> {
                    GrantApplication a = applications.get(i.applicationId());
                    return new PlanView.Item(Long.toString(i.applicationId()), a == null ? null : a.title(), rank.get(i.applicationId()),
                            i.requested().toString(), i.amount().toString(), i.cutReason(), a == null ? null : a.status().name());
                }).toList());
    }
}
