package org.tianshan.grants.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.application.control.SubmissionFacts;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.Caller;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The gates after submission: the host unit's endorsement (单位审核) and the officer's formal check (形式审查). */
@Stateless
public class ApplicationDecisions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    SubmissionFacts facts;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /**
     * The research office of the host unit endorses a SUBMITTED application, returns it to DRAFT with
     * reasons (the PI may resubmit before the deadline) or rejects it. An integrity veto that arose
     * since submission refuses ENDORSE (422). Any other unit's admin: 404.
     */
    @RolesAllowed(Roles.UNIT_ADMIN)
    public ApplicationView endorse(long id, @NotNull @Valid Decision decision) {
        Caller me = accounts.me();
        GrantApplication application = em.find(GrantApplication.class, id);
        if (application == null || application.hostOrganizationId() == null
                || !application.hostOrganizationId().toString().equals(me.organizationId())
                || application.status() == ApplicationStatus.DRAFT) {
            throw new NotFound("application", id);
        }
        ApplicationStatus next = switch (decision.decision()) {
            case "ENDORSE" -> ApplicationStatus.ENDORSED;
            case "RETURN" -> ApplicationStatus.DRAFT;
            case "REJECT" -> ApplicationStatus.REJECTED_BY_UNIT;
            default -> throw new InvalidInput("decision", "one of ENDORSE, RETURN, REJECT");
        };
        if (next == ApplicationStatus.ENDORSED && application.status() == ApplicationStatus.SUBMITTED) {
            List<Violation> vetoes = facts.violations(application).stream().filter(v -> v.field().equals("INTEGRITY_VETO")).toList();
            if (!vetoes.isEmpty()) {
                throw new RuleViolation(vetoes);   // 一票否决 at every gate, endorsement included
            }
        }
        return decide(application, next, decision, me.username(), "APPLICATION_ENDORSEMENT", ApplicationStatus.SUBMITTED);
    }

    /**
     * The programme officer's formal check of an ENDORSED application. The automatic checks are
     * recomputed: ACCEPT is refused (422, each failing rule) while one fails; RETURN sends it back to
     * DRAFT with reasons; INELIGIBLE ends it with reasons.
     */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public ApplicationView formalCheck(long id, @NotNull @Valid Decision decision) {
        GrantApplication application = em.find(GrantApplication.class, id);
        if (application == null) {
            throw new NotFound("application", id);
        }
        ApplicationStatus next = switch (decision.decision()) {
            case "ACCEPT" -> ApplicationStatus.ACCEPTED;
            case "RETURN" -> ApplicationStatus.DRAFT;
            case "INELIGIBLE" -> ApplicationStatus.INELIGIBLE;
            default -> throw new InvalidInput("decision", "one of ACCEPT, RETURN, INELIGIBLE");
        };
        if (next == ApplicationStatus.ACCEPTED && application.status() == ApplicationStatus.ENDORSED) {
            List<Violation> failing = facts.violations(application);
            if (!failing.isEmpty()) {
                throw new RuleViolation(failing);
            }
        }
        return decide(application, next, decision, accounts.me().username(), "APPLICATION_FORMAL_CHECK", ApplicationStatus.ENDORSED);
    }

    private ApplicationView decide(GrantApplication application, ApplicationStatus next, Decision decision, String actor,
                                   String action, ApplicationStatus expected) {
        if (application.status() != expected) {
            throw new StateConflict("WRONG_STATE", "application " + application.id() + " is "
                    + application.status() + "; this decision needs " + expected);
        }
        boolean needsReason = next == ApplicationStatus.DRAFT || next == ApplicationStatus.REJECTED_BY_UNIT
                || next == ApplicationStatus.INELIGIBLE;
        if (needsReason && (decision.comment() == null || decision.comment().isBlank())) {
            throw new InvalidInput("comment", "give the reasons for " + decision.decision());
        }
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(application.moveTo(next, actor, decision.comment(), clock.instant()));
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("decision", decision.decision());
        detail.put("to", next.name());
        detail.put("comment", decision.comment() == null ? "" : decision.comment());
        events.fire(new DomainEvent(action, "GrantApplication", application.id().toString(), detail));
        em.flush();
        return ApplicationView.of(application, ApplicationView.checks(facts.violations(application)));
    }
}
