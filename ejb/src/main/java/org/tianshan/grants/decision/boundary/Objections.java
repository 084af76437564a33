package org.tianshan.grants.decision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.application.control.PdfInspection;
import org.tianshan.grants.application.control.StatusMoves;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.decision.entity.FundingPlan;
import org.tianshan.grants.decision.entity.Objection;
import org.tianshan.grants.decision.entity.ObjectionStatus;
import org.tianshan.grants.decision.entity.PublicNotice;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.Ids;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.Sha256;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.Caller;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Objections (异议) to a public notice: anyone signed in — except the AUDITOR, who writes nothing — may
 * object to a listed project while the notice runs, with a reason and one PDF of evidence; the officer
 * resolves each: UPHELD (the application is NOT_FUNDED, its money back in the call's budget) or
 * DISMISSED, always with a written reply to the objector.
 */
@Stateless
public class Objections {


    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    StatusMoves moves;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /**
     * Lodges an objection against a project listed in a running notice: 422 NOT_IN_NOTICE when the
     * application is not listed (any more), 409 NOTICE_ENDED after the notice's end.
     */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.ADMIN})
    public ObjectionView lodge(long noticeId, @NotNull @Valid ObjectionRequest request) {
        PublicNotice notice = em.find(PublicNotice.class, noticeId);
        if (notice == null) {
            throw new NotFound("public notice", noticeId);
        }
        long applicationId = Ids.parse("applicationId", request.applicationId());
        if (!notice.takesObjections(clock.instant())) {
            throw new StateConflict("NOTICE_ENDED", "public notice " + noticeId + " ended at " + notice.endsAt()
                    + "; objections are no longer taken");
        }
        FundingPlan plan = em.find(FundingPlan.class, notice.planId());
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        if (plan.item(applicationId).isEmpty() || application == null || application.status() != ApplicationStatus.IN_PUBLIC_NOTICE) {
            throw new RuleViolation("NOT_IN_NOTICE", "application " + applicationId + " is not listed in public notice " + noticeId);
        }
        Caller me = accounts.me();
        Objection objection = new Objection(noticeId, applicationId, Long.parseLong(me.id()), me.username(), request.reason().strip(),
                clock.instant());
        em.persist(objection);
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("notice", Long.toString(noticeId));
        detail.put("application", Long.toString(applicationId));
        detail.put("reason", objection.reason());
        events.fire(new DomainEvent("OBJECTION_LODGED", "Objection", objection.id().toString(), detail));
        return view(objection);
    }

    /** The objector adds one PDF of evidence to their open objection (checked like application attachments). */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.ADMIN})
    public ObjectionView attach(long id, String fileName, byte[] content) {
        Objection objection = em.find(Objection.class, id);
        if (objection == null || objection.objectorAccountId() != Long.parseLong(accounts.me().id())) {
            throw new NotFound("objection", id);
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new InvalidInput("name", "a file name of 1 to 200 characters");
        }
        PdfInspection.inspect(content, fileName);
        String sha256 = Sha256.hex(content);
        objection.attach(fileName.strip(), content, sha256);
        em.lock(objection, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        events.fire(new DomainEvent("OBJECTION_EVIDENCE_ATTACHED", "Objection", objection.id().toString(),
                Map.of("name", fileName.strip(), "sha256", sha256)));
        return view(objection);
    }

    /**
     * Objections: the officer's and director's view of a notice's ({@code noticeId}) or all; everyone else
     * sees only their own.
     */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER,
            Roles.AUDITOR, Roles.ADMIN})
    public Page<ObjectionView> list(Long noticeId, @NotNull PageRequest page) {
        Caller me = accounts.me();
        if (isBureau(me) && noticeId != null) {
            return new Page<>(em.createNamedQuery(Objection.OF_NOTICE, Objection.class).setParameter("notice", noticeId)
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(this::view).toList(),
                    em.createNamedQuery(Objection.COUNT_OF_NOTICE, Long.class).setParameter("notice", noticeId).getSingleResult());
        }
        long account = Long.parseLong(me.id());
        return new Page<>(em.createNamedQuery(Objection.OF_OBJECTOR, Objection.class).setParameter("account", account)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .filter(o -> noticeId == null || o.noticeId() == noticeId).map(this::view).toList(),
                em.createNamedQuery(Objection.COUNT_OF_OBJECTOR, Long.class).setParameter("account", account).getSingleResult());
    }

    /** One objection: its objector or the bureau (anyone else: 404). */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER,
            Roles.AUDITOR, Roles.ADMIN})
    public ObjectionView find(long id) {
        return view(readable(id));
    }

    /** The evidence PDF of an objection (its objector or the bureau). */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER,
            Roles.AUDITOR, Roles.ADMIN})
    public byte[] evidence(long id) {
        Objection objection = readable(id);
        if (objection.attachment() == null) {
            throw new NotFound("evidence of objection", id);
        }
        return objection.attachment();
    }

    /**
     * The officer resolves an open objection (409 once resolved) with a written reply to the objector:
     * UPHELD moves the application IN_PUBLIC_NOTICE → NOT_FUNDED and its amount returns to the call's budget.
     */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public ObjectionView resolve(long id, @NotNull @Valid Resolution resolution) {
        Objection objection = em.find(Objection.class, id);
        if (objection == null) {
            throw new NotFound("objection", id);
        }
        em.lock(objection, LockModeType.PESSIMISTIC_WRITE);
        String officer = accounts.me().username();
        ObjectionStatus decision = ObjectionStatus.valueOf(resolution.decision());
        objection.resolve(decision, resolution.comment().strip(), officer, clock.instant());
        em.flush();
        PublicNotice notice = em.find(PublicNotice.class, objection.noticeId());
        if (decision == ObjectionStatus.UPHELD) {
            moves.move(notice.callId(), List.of(objection.applicationId()), ApplicationStatus.IN_PUBLIC_NOTICE,
                    ApplicationStatus.NOT_FUNDED, officer, "objection " + id + " upheld: " + objection.reply(), "APPLICATION_NOT_FUNDED");
        }
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("notice", Long.toString(objection.noticeId()));
        detail.put("application", Long.toString(objection.applicationId()));
        detail.put("decision", decision.name());
        detail.put("reply", objection.reply());
        detail.put("objector", objection.objector());
        events.fire(new DomainEvent("OBJECTION_RESOLVED", "Objection", objection.id().toString(), detail));
        return view(objection);
    }

    private Objection readable(long id) {
        Objection objection = em.find(Objection.class, id);
        Caller me = accounts.me();
        if (objection == null || (!isBureau(me) && objection.objectorAccountId() != Long.parseLong(me.id()))) {
            throw new NotFound("objection", id);
        }
        return objection;
    }

    /** The bureau reads every objection: the officer who resolves, the director, the auditor. */
    private static boolean isBureau(Caller me) {
        return me.roles().contains(Role.PROGRAM_OFFICER) || me.roles().contains(Role.DIRECTOR) || me.roles().contains(Role.AUDITOR);
    }

    private ObjectionView view(Objection o) {
        GrantApplication application = em.find(GrantApplication.class, o.applicationId());
        return new ObjectionView(o.id().toString(), Long.toString(o.noticeId()), Long.toString(o.applicationId()),
                application == null ? null : application.title(), o.objector(),
                o.reason(), o.attachmentName(), o.attachmentSha256(), o.status().name(), o.reply(), o.resolvedBy(), o.resolvedAt(),
                o.createdAt(), o.version());
    }
}
