package org.tianshan.grants.application.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.application.control.ApplicationCircle;
import org.tianshan.grants.application.control.DuplicateCheck;
import org.tianshan.grants.application.control.SubmissionFacts;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.application.entity.ApplicationTargets;
import org.tianshan.grants.application.entity.ApplicationVersion;
import org.tianshan.grants.application.entity.BudgetLine;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.application.entity.StatusChange;
import org.tianshan.grants.application.entity.TeamMember;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.Calls;
import org.tianshan.grants.catalog.boundary.Catalog;
import org.tianshan.grants.catalog.boundary.ProgrammeView;
import org.tianshan.grants.integrity.boundary.Pledges;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.Sha256;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.Caller;
import org.tianshan.grants.platform.boundary.DisciplineView;
import org.tianshan.grants.platform.boundary.Organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applications: the PI drafts, edits, submits and withdraws; the circle (team, host unit, staff) reads. */
@Stateless
@DeclareRoles({Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.UNIT_ADMIN})
public class Applications {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Calls calls;

    @Inject
    SubmissionFacts facts;

    @Inject
    Accounts accounts;

    @Inject
    Organizations organizations;

    @Inject
    Catalog catalog;

    @Inject
    Pledges pledges;

    @Inject
    ApplicationCircle circle;

    @Inject
    DuplicateCheck duplicates;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /** Drafts an application for an OPEN call; the caller is its PI. */
    @RolesAllowed(Roles.APPLICANT)
    public ApplicationView create(@NotNull @Valid NewApplication request) {
        Caller me = accounts.me();
        CallView call = callOf(request.callId());
        if (!"OPEN".equals(call.status())) {
            throw new RuleViolation("CALL_NOT_OPEN", "call " + call.id() + " is " + call.status());
        }
        ProgrammeView programme = catalog.programme(call.programmeCode());
        GrantApplication application = new GrantApplication(Long.parseLong(call.id()), programme.code(),
                programme.catalogCode() + "/" + programme.sectionCode(), Long.parseLong(me.id()), me.username(), clock.instant());
        em.persist(application);
        em.flush();
        revise(application, request, Long.parseLong(me.id()));
        em.persist(new StatusChange(application.id(), null, ApplicationStatus.DRAFT, me.username(), null, clock.instant()));
        events.fire(new DomainEvent("APPLICATION_DRAFTED", "GrantApplication", application.id().toString(),
                Map.of("callId", call.id(), "pi", me.username())));
        em.flush();
        return ApplicationView.of(application, List.of());
    }

    /** Replaces a DRAFT's content; only its PI (others: 404); a stale {@code version} is a 409. */
    @RolesAllowed(Roles.APPLICANT)
    public ApplicationView update(long id, @NotNull @Valid NewApplication request) {
        GrantApplication application = circle.asPi(id);
        if (request.version() != null && request.version() != application.version()) {
            throw StateConflict.staleVersion("application", id);
        }
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (!request.callId().equals(Long.toString(application.callId()))) {
            throw new InvalidInput("callId", "an application stays in its call");
        }
        revise(application, request, application.piAccountId());
        events.fire(new DomainEvent("APPLICATION_REVISED", "GrantApplication", Long.toString(id), Map.of("title", String.valueOf(application.title()))));
        em.flush();
        return ApplicationView.of(application, List.of());
    }

    /**
     * Submits a DRAFT: every rule of {@code SubmissionRules} is checked and each violated one listed
     * (422); a valid submission freezes the content (attachments by name and hash included) as a
     * numbered, hashed version, records the PI's signature of the integrity pledge (承诺书) over that
     * hash, and fingerprints the text for the duplicate check (查重). Refusing the pledge is a 422
     * {@code PLEDGE_REQUIRED}.
     */
    @RolesAllowed(Roles.APPLICANT)
    public ApplicationView submit(long id, boolean pledgeAccepted) {
        GrantApplication application = locked(circle.asPi(id));
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new StateConflict("WRONG_STATE", "application " + id + " is " + application.status() + "; only a DRAFT can be submitted");
        }
        List<Violation> violations = new ArrayList<>(facts.violations(application));
        if (!pledgeAccepted) {
            violations.add(new Violation("PLEDGE_REQUIRED", "the integrity pledge (承诺书) must be signed to submit"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        Instant now = clock.instant();
        StatusChange submitted = application.moveTo(ApplicationStatus.SUBMITTED, application.piUsername(), null, now);
        em.flush();   // the version-checked update first: a concurrent second submit fails here (409), before any insert
        em.persist(submitted);
        String content = JSON.toJson(ApplicationView.of(application, List.of(), AttachmentView.of(em, id), null));
        String hash = Sha256.hex(content);
        em.persist(new ApplicationVersion(application.id(), application.frozenVersion(), content, hash, now));
        duplicates.record(application, now);
        // the audited steps last: the audit chain's head stays locked from the first event to the commit
        pledges.sign("SUBMISSION", "GrantApplication", id, application.piAccountId(), application.piUsername(), hash);
        events.fire(new DomainEvent("APPLICATION_SUBMITTED", "GrantApplication", Long.toString(id),
                Map.of("version", Integer.toString(application.frozenVersion()), "contentHash", hash, "total", application.total().toString())));
        em.flush();
        return ApplicationView.of(application, List.of(), AttachmentView.of(em, id), null);
    }

    /** The PI withdraws before review starts. */
    @RolesAllowed(Roles.APPLICANT)
    public ApplicationView withdraw(long id) {
        GrantApplication application = locked(circle.asPi(id));
        em.persist(application.moveTo(ApplicationStatus.WITHDRAWN, application.piUsername(), "withdrawn by the PI", clock.instant()));
        events.fire(new DomainEvent("APPLICATION_WITHDRAWN", "GrantApplication", Long.toString(id), Map.of()));
        em.flush();
        return ApplicationView.of(application, List.of());
    }

    /**
     * One application with its automatic checks and attachments, for its circle only (others: 404);
     * bureau staff also see the duplicate-submission matches (查重) of a submitted application.
     */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public ApplicationView find(long id) {
        GrantApplication application = circle.readable(id);
        List<DuplicateMatch> matches = null;
        if (circle.isStaff()) {
            matches = duplicates.matches(application).stream().map(m -> new DuplicateMatch(Long.toString(m.applicationId()),
                    Long.toString(m.callId()), m.title(), m.status(), Math.round(m.similarity() * 1000) / 1000.0)).toList();
        }
        return ApplicationView.of(application, ApplicationView.checks(facts.violations(application)), AttachmentView.of(em, id), matches);
    }

    /** Every transition, oldest first: the PI, the team and staff. */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public List<HistoryEntry> history(long id) {
        circle.readable(id);
        return em.createNamedQuery(StatusChange.OF, StatusChange.class).setParameter("id", id).getResultList().stream()
                .map(s -> new HistoryEntry(s.from() == null ? null : s.from().name(), s.to().name(), s.actor(), s.reason(), s.at()))
                .toList();
    }

    /** The caller's applications, as PI or team member. */
    @RolesAllowed(Roles.APPLICANT)
    public Page<ApplicationView> mine(@NotNull PageRequest page) {
        long me = Long.parseLong(accounts.me().id());
        List<ApplicationView> items = em.createNamedQuery(GrantApplication.MINE, GrantApplication.class).setParameter("account", me)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(a -> ApplicationView.of(a, List.of())).toList();
        return new Page<>(items, em.createNamedQuery(GrantApplication.COUNT_MINE, Long.class).setParameter("account", me).getSingleResult());
    }

    private void revise(GrantApplication application, NewApplication r, long pi) {
        List<Violation> problems = new ArrayList<>();
        List<TeamMember> team = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        List<NewApplication.Member> members = r.team() == null ? List.of() : r.team();
        for (int i = 0; i < members.size(); i++) {
            NewApplication.Member m = members.get(i);
            Long account = person(m == null ? null : m.userId(), "team[" + i + "].userId", problems);
            if (account != null && (account == pi || !seen.add(account))) {
                problems.add(new Violation("team[" + i + "].userId", "the PI and each member appear once (the PI is not listed in team)"));
            } else if (account != null) {
                team.add(new TeamMember(i + 1, account, m.role()));
            }
        }
        List<BudgetLine> budget = new ArrayList<>();
        List<NewApplication.Line> lines = r.budget() == null ? List.of() : r.budget();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null) {
                problems.add(new Violation("budget[" + i + "]", "empty line"));
            } else {
                budget.add(new BudgetLine(i + 1, lines.get(i).category(), Money.parse(lines.get(i).amount())));
            }
        }
        Set<Long> excluded = new LinkedHashSet<>();
        List<String> excludedIds = r.excludedExperts() == null ? List.of() : r.excludedExperts();
        for (int i = 0; i < excludedIds.size(); i++) {
            Long account = person(excludedIds.get(i), "excludedExperts[" + i + "]", problems);
            if (account != null) {
                excluded.add(account);
            }
        }
        List<String> keywords = r.keywords() == null ? List.of() : r.keywords();
        if (keywords.stream().anyMatch(k -> k == null || k.isBlank() || k.length() > 60)) {
            problems.add(new Violation("keywords", "each keyword is 1 to 60 characters"));
        }
        if (r.discipline() != null && !r.discipline().isBlank() && !r.discipline().matches(DisciplineView.CODE_PATTERN)) {
            problems.add(new Violation("discipline", "a GB/T 13745 code of 3, 5 or 7 digits"));
        }
        Long host = null;
        if (r.hostOrganizationId() != null && !r.hostOrganizationId().isBlank()) {
            try {
                host = Long.parseLong(r.hostOrganizationId());
                if (organizations.lookup(host).isEmpty()) {
                    problems.add(new Violation("hostOrganizationId", "no organization " + host));
                }
            } catch (NumberFormatException e) {
                problems.add(new Violation("hostOrganizationId", "not an organization id"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        application.revise(trim(r.title()), trim(r.abstractText()), keywords.stream().map(String::strip).toList(),
                trim(r.discipline()), host, team, budget, excluded, r.selfRaised() == null ? null : Money.parse(r.selfRaised()));
        application.reviseTargets(targets(r.targets()));
    }

    private static ApplicationTargets targets(NewApplication.Targets t) {
        return t == null ? null : new ApplicationTargets(t.papers(), t.patents(), t.standards(), t.products(),
                t.transferIncome() == null || t.transferIncome().isBlank() ? null : Money.parse(t.transferIncome()), t.peopleTrained());
    }

    private Long person(String id, String field, List<Violation> problems) {
        try {
            long value = Long.parseLong(id);
            if (accounts.person(value).isPresent()) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        problems.add(new Violation(field, "no user " + id));
        return null;
    }

    private CallView callOf(String id) {
        try {
            return calls.find(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new InvalidInput("callId", "not a call id");
        }
    }

    /** Two concurrent changes of one application: the second to commit gets a 409 (optimistic lock). */
    private GrantApplication locked(GrantApplication application) {
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return application;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
