package org.tianshan.grants.call.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.call.control.CallTerms;
import org.tianshan.grants.call.control.CallTimers;
import org.tianshan.grants.call.entity.Call;
import org.tianshan.grants.call.entity.CallStatus;
import org.tianshan.grants.call.entity.RubricCriterion;
import org.tianshan.grants.catalog.boundary.Catalog;
import org.tianshan.grants.catalog.boundary.ProgrammeView;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.Forbidden;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.Violation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calls for proposals: drafted and published by officers, approved by a director where required, read by all. */
@Stateless
@DeclareRoles({Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class Calls {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    CallTimers timers;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Drafts a call for an active programme; its funding mode comes from the programme. Refuses terms
     * that break {@link CallTerms} (400) and a programme that is unknown, inactive or a fund instrument (422).
     */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public CallView create(@NotNull @Valid NewCall request) {
        ProgrammeView programme = programmeOf(request.programmeCode());
        List<RubricCriterion> rubric = new ArrayList<>();
        for (int i = 0; i < request.rubric().size(); i++) {
            NewCall.Criterion c = request.rubric().get(i);
            rubric.add(new RubricCriterion(i + 1, c.code(), c.name().strip(), c.weight(), c.maxScore()));
        }
        List<String> topics = request.topics() == null ? List.of() : request.topics();
        if (topics.stream().anyMatch(t -> t == null || t.isBlank() || t.length() > 300)) {
            throw new InvalidInput("topics", "each topic is 1 to 300 characters");
        }
        Money ceiling = Money.parse(request.ceiling());
        Money total = Money.parse(request.totalBudget());
        Money bounty = request.challengeBounty() == null ? null : Money.parse(request.challengeBounty());
        String problem = request.challengeProblem() == null || request.challengeProblem().isBlank() ? null : request.challengeProblem();
        List<Violation> problems = CallTerms.check(new CallTerms.Terms(programme.fundingMode().name(),
                request.opensAt().toInstant(), request.closesAt().toInstant(), ceiling, total,
                request.reviewersPerApplication(), rubric, problem, bounty, request.raceTeams()));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Call call = new Call(programme.code(), programme.fundingMode().name(), request.title().strip(), request.guide(), topics,
                request.opensAt().toInstant(), request.closesAt().toInstant(), ceiling, total,
                request.reviewersPerApplication(), request.maxPerExpert(), rubric, problem, bounty, request.raceTeams(),
                caller(), clock.instant());
        call.flagDispersionAbove(request.dispersionThreshold());
        em.persist(call);
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("programme", programme.code());
        detail.put("title", call.title());
        detail.put("window", call.opensAt() + "/" + call.closesAt());
        detail.put("ceiling", ceiling.toString());
        detail.put("totalBudget", total.toString());
        events.fire(new DomainEvent("CALL_CREATED", "Call", call.id().toString(), detail));
        return CallView.of(call);
    }

    /**
     * Publishes a DRAFT call: OPEN with a closing timer, or PENDING_APPROVAL where the programme
     * requires a director's approval. A call whose deadline has already passed cannot open (422).
     */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public CallStatusView publish(long id) {
        Call call = lockedCall(id);
        if (!call.closesAt().isAfter(clock.instant())) {
            throw new RuleViolation("DEADLINE_PASSED", "closesAt " + call.closesAt() + " has passed; change the window first");
        }
        boolean approval = programmeOf(call.programmeCode()).callApprovalRequired();
        CallStatus status = call.publish(approval);
        afterOpening(call, "CALL_PUBLISHED");
        return new CallStatusView(call.id().toString(), status.name());
    }

    /** A director approves a call awaiting approval; never the officer who drafted it (403). */
    @RolesAllowed(Roles.DIRECTOR)
    public CallStatusView approve(long id) {
        Call call = lockedCall(id);
        if (call.createdBy().equals(caller())) {
            throw new Forbidden("SELF_APPROVAL", "the drafter of a call cannot approve it");
        }
        if (!call.closesAt().isAfter(clock.instant())) {
            throw new RuleViolation("DEADLINE_PASSED", "closesAt " + call.closesAt() + " has passed");
        }
        CallStatus status = call.approve();
        afterOpening(call, "CALL_APPROVED");
        return new CallStatusView(call.id().toString(), status.name());
    }

    /** Closes an OPEN call before its deadline (the timer closes it at the deadline). */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public CallStatusView close(long id) {
        Call call = lockedCall(id);
        CallStatus status = call.close();
        events.fire(new DomainEvent("CALL_CLOSED", "Call", call.id().toString(), Map.of("by", "hand")));
        return new CallStatusView(call.id().toString(), status.name());
    }

    /** Calls by status, paged; drafts and calls awaiting approval only for staff. */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
            Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Page<CallView> list(Optional<CallStatus> status, @NotNull PageRequest page) {
        if (status.isPresent() && !visible(status.get())) {
            return new Page<>(List.of(), 0);
        }
        var query = status.isPresent()
                ? em.createNamedQuery(Call.BY_STATUS, Call.class).setParameter("status", status.get())
                : em.createNamedQuery(Call.ALL, Call.class);
        var count = status.isPresent()
                ? em.createNamedQuery(Call.COUNT_BY_STATUS, Long.class).setParameter("status", status.get())
                : em.createNamedQuery(Call.COUNT, Long.class);
        if (status.isEmpty() && !isStaff()) {
            query = em.createNamedQuery(Call.BY_STATUS, Call.class).setParameter("status", CallStatus.OPEN);
            count = em.createNamedQuery(Call.COUNT_BY_STATUS, Long.class).setParameter("status", CallStatus.OPEN);
        }
        List<CallView> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(CallView::of).toList();
        return new Page<>(items, count.getSingleResult());
    }

    /** One call; a draft or a call awaiting approval reads as not found outside the staff. */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
            Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public CallView find(long id) {
        Call call = em.find(Call.class, id);
        if (call == null || !visible(call.status())) {
            throw new NotFound("call", id);
        }
        return CallView.of(call);
    }

    private void afterOpening(Call call, String action) {
        if (call.status() == CallStatus.OPEN) {
            timers.schedule(call);
        }
        events.fire(new DomainEvent(action, "Call", call.id().toString(), Map.of("status", call.status().name())));
    }

    private ProgrammeView programmeOf(String code) {
        ProgrammeView programme;
        try {
            programme = catalog.programme(code);
        } catch (NotFound e) {
            throw new RuleViolation("UNKNOWN_PROGRAMME", "no programme " + code);
        }
        if (!programme.active()) {
            throw new RuleViolation("PROGRAMME_INACTIVE", "programme " + code + " takes no calls now");
        }
        if (programme.fundingMode().isFundInstrument()) {
            throw new RuleViolation("NOT_A_GRANT", "programme " + code + " is a fund instrument, not run by calls");
        }
        return programme;
    }

    private Call lockedCall(long id) {
        Call call = em.find(Call.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (call == null) {
            throw new NotFound("call", id);
        }
        return call;
    }

    private boolean visible(CallStatus status) {
        return status == CallStatus.OPEN || status == CallStatus.CLOSED || isStaff();
    }

    private boolean isStaff() {
        return Roles.isStaff(session::isCallerInRole);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
