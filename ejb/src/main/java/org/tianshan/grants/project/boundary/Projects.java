package org.tianshan.grants.project.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.application.entity.TeamMember;
import org.tianshan.grants.integrity.boundary.IntegrityScreen;
import org.tianshan.grants.integrity.boundary.PledgeText;
import org.tianshan.grants.integrity.boundary.Pledges;
import org.tianshan.grants.integrity.boundary.Veto;
import org.tianshan.grants.kernel.BusinessTime;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.Sha256;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.boundary.Caller;
import org.tianshan.grants.platform.control.Settings;
import org.tianshan.grants.platform.entity.Account;
import org.tianshan.grants.platform.entity.Organization;
import org.tianshan.grants.project.control.CjkFont;
import org.tianshan.grants.project.control.ContractContent;
import org.tianshan.grants.project.control.ContractPdf;
import org.tianshan.grants.project.control.ContractWords;
import org.tianshan.grants.project.control.PlanRules;
import org.tianshan.grants.project.control.ProjectCircle;
import org.tianshan.grants.project.entity.ContractSignature;
import org.tianshan.grants.project.entity.KpiCode;
import org.tianshan.grants.project.entity.Project;
import org.tianshan.grants.project.entity.ProjectKpi;
import org.tianshan.grants.project.entity.ProjectMilestone;
import org.tianshan.grants.project.entity.ProjectStatus;
import org.tianshan.grants.project.entity.SignatoryRole;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Projects from CONTRACTING to ACTIVE: the circle reads them; the PI refines KPIs and milestones within
 * the approved scope; the programme officer confirms the plan, which freezes the contract (任务书) and its
 * hash; the contract renders as a PDF; PI, host unit and bureau each sign once, and the third signature
 * makes the project ACTIVE.
 */
@Stateless
@DeclareRoles({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
public class Projects {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectCircle circle;

    @Inject
    IntegrityScreen integrity;

    @Inject
    Pledges pledges;

    @Inject
    Settings settings;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /**
     * Projects the caller may see, newest first: {@code mine} only those where the caller is PI; otherwise
     * staff see all, a unit's research office its unit's, an applicant their own.
     */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public Page<ProjectView> list(boolean mine, @NotNull PageRequest page) {
        Caller me = circle.me();
        TypedQuery<Project> items;
        TypedQuery<Long> count;
        if (!mine && circle.isStaff(me)) {
            items = em.createNamedQuery(Project.ALL, Project.class);
            count = em.createNamedQuery(Project.COUNT_ALL, Long.class);
        } else if (!mine && me.roles().contains(org.tianshan.grants.kernel.Role.UNIT_ADMIN) && me.organizationId() != null) {
            long host = Long.parseLong(me.organizationId());
            items = em.createNamedQuery(Project.OF_HOST, Project.class).setParameter("host", host);
            count = em.createNamedQuery(Project.COUNT_OF_HOST, Long.class).setParameter("host", host);
        } else {
            long account = Long.parseLong(me.id());
            items = em.createNamedQuery(Project.OF_PI, Project.class).setParameter("account", account);
            count = em.createNamedQuery(Project.COUNT_OF_PI, Long.class).setParameter("account", account);
        }
        List<ProjectView> views = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(this::view).toList();
        return new Page<>(views, count.getSingleResult());
    }

    /** One project, for its circle only (PI, host unit's research office, staff); others: 404. */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public ProjectView find(long id) {
        return view(circle.readable(id));
    }

    /**
     * The PI refines KPIs and milestones while CONTRACTING and before the officer confirmed (409 otherwise):
     * a KPI target never below the application's promise (422 {@code KPI_BELOW_APPLICATION}), every
     * milestone within the project period (422 {@code MILESTONE_OUTSIDE_PERIOD}); a stale version: 409.
     */
    @RolesAllowed(Roles.APPLICANT)
    public ProjectView refinePlan(long id, @NotNull @Valid PlanChange change) {
        Project project = circle.asPi(id);
        if (change.version() != project.version()) {
            throw StateConflict.staleVersion("project", id);
        }
        Map<KpiCode, BigDecimal> floors = new EnumMap<>(KpiCode.class);
        Map<KpiCode, BigDecimal> targets = new EnumMap<>(KpiCode.class);
        project.kpis().forEach(k -> {
            floors.put(k.code(), k.floor());
            targets.put(k.code(), k.target());
        });
        List<Violation> malformed = new ArrayList<>();
        Set<KpiCode> changed = new LinkedHashSet<>();
        List<PlanChange.KpiTarget> kpis = change.kpis() == null ? List.of() : change.kpis();
        for (int i = 0; i < kpis.size(); i++) {
            PlanChange.KpiTarget k = kpis.get(i);
            Optional<KpiCode> code = k == null ? Optional.empty() : kpiCode(k.code());
            if (code.isEmpty()) {
                malformed.add(new Violation("kpis[" + i + "].code", "one of " + List.of(KpiCode.values())));
                continue;
            }
            if (!changed.add(code.get())) {
                malformed.add(new Violation("kpis[" + i + "].code", code.get() + " appears twice"));
            }
            Optional<BigDecimal> target = PlanRules.parse(code.get(), k.target());
            if (target.isEmpty()) {
                malformed.add(new Violation("kpis[" + i + "].target", code.get().isMoney()
                        ? "yuan as a string with at most 2 decimals, e.g. \"500000.00\"" : "a whole number from 0 to 1000000"));
            } else {
                targets.put(code.get(), target.get());
            }
        }
        List<PlanRules.Milestone> milestones = new ArrayList<>();
        if (change.milestones() == null) {
            project.milestones().forEach(m -> milestones.add(new PlanRules.Milestone(m.dueOn(), m.description())));
        } else {
            for (int i = 0; i < change.milestones().size(); i++) {
                PlanChange.MilestoneEntry m = change.milestones().get(i);
                if (m == null) {
                    malformed.add(new Violation("milestones[" + i + "]", "empty entry"));
                    continue;
                }
                try {
                    milestones.add(new PlanRules.Milestone(LocalDate.parse(m.dueOn().strip()), m.description().strip()));
                } catch (DateTimeParseException e) {
                    malformed.add(new Violation("milestones[" + i + "].dueOn", "a date YYYY-MM-DD"));
                }
            }
        }
        if (!malformed.isEmpty()) {
            throw new InvalidInput(malformed);
        }
        Map<KpiCode, BigDecimal> asked = new EnumMap<>(KpiCode.class);
        changed.forEach(c -> asked.put(c, targets.get(c)));
        List<Violation> violations = PlanRules.violations(floors, asked, milestones, project.startsOn(), project.endsOn());
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        em.lock(project, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<ProjectKpi> refined = project.kpis().stream().map(k -> new ProjectKpi(k.code(), targets.get(k.code()), k.floor())).toList();
        List<ProjectMilestone> dated = new ArrayList<>();
        milestones.stream().sorted(Comparator.comparing(PlanRules.Milestone::dueOn))
                .forEach(m -> dated.add(new ProjectMilestone(dated.size() + 1, m.dueOn(), m.description())));
        project.refinePlan(refined, dated);
        Map<String, String> detail = new LinkedHashMap<>();
        refined.forEach(k -> detail.put("kpi." + k.code(), PlanRules.text(k.code(), k.target())));
        detail.put("milestones", dated.stream().map(m -> m.dueOn().toString()).toList().toString());
        events.fire(new DomainEvent("PROJECT_PLAN_REFINED", "Project", Long.toString(id), detail));
        em.flush();
        return view(project);
    }

    /**
     * The programme officer confirms the plan of a CONTRACTING project: the contract content is frozen
     * (canonical JSON) and its SHA-256 becomes the contract hash every signature refers to. Twice: 409.
     */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public ProjectView confirmPlan(long id) {
        Project project = circle.readable(id);
        Caller me = circle.me();
        ContractContent content = content(project);
        String canonical = content.canonical();
        String hash = Sha256.hex(canonical);
        em.lock(project, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        project.confirmPlan(me.username(), clock.instant(), canonical, hash);
        em.flush();
        events.fire(new DomainEvent("PROJECT_PLAN_CONFIRMED", "Project", Long.toString(id), Map.of("contractHash", hash,
                "by", me.username())));
        em.flush();
        return view(project);
    }

    /**
     * The contract (任务书) as a PDF for the project's circle: the frozen content once confirmed, else the
     * present draft marked as such; the hash on every page. No CJK font on the server: 503 naming the setting.
     */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public ContractDocument contractPdf(long id) {
        Project project = circle.readable(id);
        Optional<String> configured = settings.pdfFont();
        Path font = CjkFont.locate(configured).orElseThrow(() -> new ContractUnavailable(CjkFont.SETTING, configured
                .map(p -> "the configured CJK font " + p + " is not a readable file; fix " + CjkFont.SETTING)
                .orElse("no CJK font found on the server; install fonts-wqy-microhei or set " + CjkFont.SETTING)));
        ContractContent content = project.planConfirmed() ? ContractContent.parse(project.contractContent()) : content(project);
        String hash = project.planConfirmed() ? project.contractHash() : content.hash();
        List<ContractPdf.Signature> signed = signatures(id).stream()
                .map(s -> new ContractPdf.Signature(s.role().name(), s.username(), s.signedAt().toString(), s.contentHash())).toList();
        try {
            byte[] pdf = ContractPdf.render(content, hash, project.planConfirmed(), signed, font);
            return new ContractDocument("contract-" + id + ".pdf", pdf, hash);
        } catch (IOException e) {
            throw new ContractUnavailable(CjkFont.SETTING, "the CJK font " + font + " could not be used (" + e.getMessage()
                    + "); set " + CjkFont.SETTING + " to a TrueType .ttf or .ttc file");
        }
    }

    /** Who signed the contract and who has yet to, for the project's circle. */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.FINANCE_OFFICER, Roles.AUDITOR})
    public ContractStatus contract(long id) {
        return contractStatus(circle.readable(id));
    }

    /**
     * A party signs the confirmed contract: the PI, the host unit's research office, or a programme officer
     * for the bureau ({@code as} chooses when the caller could sign for several; a stranger: 404). Only
     * after the plan's confirmation (409 {@code CONTRACT_NOT_READY}), each party once (409
     * {@code ALREADY_SIGNED}); integrity is screened again on the PI, the team and the host unit (422
     * {@code INTEGRITY_VETO}). The PI's signature also signs the integrity pledge for the contract. The
     * signature records who, when and the contract hash; the third one makes the project ACTIVE.
     */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.PROGRAM_OFFICER})
    public ContractStatus sign(long id, Optional<String> as) {
        Optional<SignatoryRole> asked;
        try {
            asked = as.filter(s -> !s.isBlank()).map(s -> SignatoryRole.valueOf(s.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("role", "one of PI, UNIT, BUREAU");
        }
        Project project = circle.readable(id);
        SignatoryRole role = circle.signatory(project, asked);
        if (project.status() != ProjectStatus.CONTRACTING) {
            throw new StateConflict("WRONG_STATE", "project " + id + " is " + project.status() + "; only a CONTRACTING project is signed");
        }
        if (!project.planConfirmed()) {
            throw new StateConflict("CONTRACT_NOT_READY", "the plan of project " + id + " is not confirmed by the programme officer yet");
        }
        List<ContractSignature> signatures = signatures(id);
        if (signatures.stream().anyMatch(s -> s.role() == role)) {
            throw new StateConflict("ALREADY_SIGNED", "the " + role + " signature of project " + id + " is already recorded");
        }
        if (!Sha256.hex(project.contractContent()).equals(project.contractHash())) {
            throw new IllegalStateException("the frozen contract of project " + id + " does not match its hash");
        }
        List<Veto> vetoes = integrity.vetoes(teamOf(project), List.of(project.hostOrganizationId()), BusinessTime.today(clock));
        if (!vetoes.isEmpty()) {
            throw new RuleViolation(vetoes.stream().map(v -> new Violation("INTEGRITY_VETO", v.subjectType() + " " + v.subjectId()
                    + ": " + v.reason())).toList());
        }
        Caller me = circle.me();
        Instant now = clock.instant();
        em.lock(project, LockModeType.OPTIMISTIC_FORCE_INCREMENT);   // two last signatures at once: one of them retries (409)
        em.persist(new ContractSignature(id, role, Long.parseLong(me.id()), me.username(), now, project.contractHash()));
        boolean complete = signatures.size() + 1 == SignatoryRole.values().length;
        if (complete) {
            em.persist(project.moveTo(ProjectStatus.ACTIVE, me.username(), "contract signed by PI, unit and bureau", now));
        }
        em.flush();   // the version-checked update and the unique (project, role) first; the audited steps last
        if (role == SignatoryRole.PI) {
            pledges.sign("CONTRACT", "Project", id, project.piAccountId(), me.username(), project.contractHash());
        }
        events.fire(new DomainEvent("CONTRACT_SIGNED", "Project", Long.toString(id), Map.of("role", role.name(),
                "by", me.username(), "contractHash", project.contractHash())));
        if (complete) {
            events.fire(new DomainEvent("PROJECT_ACTIVATED", "Project", Long.toString(id), Map.of("from", ProjectStatus.CONTRACTING.name(),
                    "to", ProjectStatus.ACTIVE.name(), "contractHash", project.contractHash())));
        }
        em.flush();
        return contractStatus(project);
    }

    // ---------------------------------------------------------------------------------------------

    private ContractStatus contractStatus(Project project) {
        List<SignatureView> signed = signatures(project.id()).stream().map(Projects::signatureView).toList();
        List<String> missing = java.util.Arrays.stream(SignatoryRole.values()).map(Enum::name)
                .filter(r -> signed.stream().noneMatch(s -> s.role().equals(r))).toList();
        return new ContractStatus(project.id().toString(), project.status().name(), project.planConfirmed(), project.contractHash(),
                signed, missing);
    }

    private List<ContractSignature> signatures(long projectId) {
        return em.createNamedQuery(ContractSignature.OF, ContractSignature.class).setParameter("id", projectId).getResultList();
    }

    /** The PI and every team member of the project's application: each is screened before a signature. */
    private Set<Long> teamOf(Project project) {
        Set<Long> persons = new LinkedHashSet<>();
        persons.add(project.piAccountId());
        GrantApplication application = em.find(GrantApplication.class, project.applicationId());
        if (application != null) {
            application.team().stream().map(TeamMember::accountId).forEach(persons::add);
        }
        return persons;
    }

    /** The contract as it reads now: the project's plan, the parties' names and the binding pledge texts. */
    private ContractContent content(Project p) {
        PledgeText pledge = pledges.text("CONTRACT");
        return new ContractContent(p.id().toString(), Long.toString(p.applicationId()), p.title(), p.programmeCode(), p.fundingMode(),
                p.piUsername(), piName(p), Long.toString(p.hostOrganizationId()), hostName(p), p.approvedAmount().toString(),
                p.requestedAmount().toString(), p.cutReason(), p.startsOn().toString(), p.endsOn().toString(),
                p.budget().stream().map(l -> new ContractContent.Line(l.category(), l.amount().toString())).toList(),
                p.tranches().stream().map(t -> new ContractContent.Tranche(t.no(), t.share().stripTrailingZeros().toPlainString(),
                        t.amount().toString(), t.condition().name())).toList(),
                sortedKpis(p).stream().map(k -> new ContractContent.Kpi(k.code().name(), PlanRules.text(k.code(), k.target()))).toList(),
                p.milestones().stream().map(m -> new ContractContent.Milestone(m.seq(), m.dueOn().toString(), m.description())).toList(),
                pledge.version(), pledge.text(), p.isChallenge() ? ContractWords.challengePledge() : null);
    }

    private ProjectView view(Project p) {
        return new ProjectView(p.id().toString(), Long.toString(p.applicationId()), Long.toString(p.callId()), p.programmeCode(),
                p.fundingMode(), p.title(), p.status().name(), p.piUsername(), piName(p), Long.toString(p.hostOrganizationId()),
                hostName(p), p.approvedAmount().toString(), p.requestedAmount().toString(), p.paidAmount().toString(), p.cutReason(),
                p.startsOn(), p.endsOn(),
                p.budget().stream().map(l -> new ProjectView.Line(l.category(), l.amount().toString(), l.requested().toString())).toList(),
                p.tranches().stream().map(t -> new ProjectView.Tranche(t.no(), t.share().stripTrailingZeros(), t.amount().toString(),
                        t.condition().name(), t.status().name())).toList(),
                sortedKpis(p).stream().map(k -> new ProjectView.Kpi(k.code().name(), PlanRules.text(k.code(), k.target()),
                        PlanRules.text(k.code(), k.floor()))).toList(),
                p.milestones().stream().map(m -> new ProjectView.Milestone(m.seq(), m.dueOn(), m.description())).toList(),
                p.planConfirmed(), p.planConfirmedAt(), p.planConfirmedBy(), p.contractHash(),
                signatures(p.id()).stream().map(Projects::signatureView).toList(), p.version());
    }

    private static List<ProjectKpi> sortedKpis(Project p) {
        return p.kpis().stream().sorted(Comparator.comparing(ProjectKpi::code)).toList();
    }

    private static SignatureView signatureView(ContractSignature s) {
        return new SignatureView(s.role().name(), s.username(), s.signedAt(), s.contentHash());
    }

    private String piName(Project p) {
        Account pi = em.find(Account.class, p.piAccountId());
        return pi == null ? p.piUsername() : pi.displayName();
    }

    private String hostName(Project p) {
        Organization host = em.find(Organization.class, p.hostOrganizationId());
        return host == null ? Long.toString(p.hostOrganizationId()) : host.name();
    }

    private static Optional<KpiCode> kpiCode(String code) {
        try {
            return code == null ? Optional.empty() : Optional.of(KpiCode.valueOf(code.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
