package org.tianshan.grants.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.application.entity.ApplicationTargets;
import org.tianshan.grants.application.entity.BudgetLine;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.call.entity.Call;
import org.tianshan.grants.catalog.control.TrancheSchedule;
import org.tianshan.grants.catalog.entity.Programme;
import org.tianshan.grants.catalog.entity.TrancheCondition;
import org.tianshan.grants.catalog.entity.TrancheRule;
import org.tianshan.grants.kernel.BusinessTime;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.project.entity.KpiCode;
import org.tianshan.grants.project.entity.Project;
import org.tianshan.grants.project.entity.ProjectBudgetLine;
import org.tianshan.grants.project.entity.ProjectKpi;
import org.tianshan.grants.project.entity.ProjectMilestone;
import org.tianshan.grants.project.entity.ProjectStatus;
import org.tianshan.grants.project.entity.ProjectStatusChange;
import org.tianshan.grants.project.entity.ProjectTranche;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the project of an APPROVED application (DESIGN.md §3: "→ (project created)"), in CONTRACTING,
 * with the approved budget (the application's lines scaled to the approved amount when it was cut, to the
 * fen), the programme's tranche schedule, the KPIs from the application's targets and the default
 * milestones (mid-term and conclusion). No role check here: the public notice's close calls it, also from
 * a timer with no caller.
 */
@Dependent
public class ProjectFactory {

    /** Months from the start to the mid-term review and to the end; no programme carries a duration yet. */
    public static final int MIDTERM_MONTHS = 18;
    public static final int DURATION_MONTHS = 36;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /**
     * Creates the project of an APPROVED application in CONTRACTING (no role check: called by the notice
     * close, which may run in a timer with no caller; actor = "system" or the caller's name given). Returns
     * the project id. Idempotent: an application that already has its project returns that project's id.
     * Refuses an amount that is not positive or above the request, and a cut without a reason.
     */
    public long open(long applicationId, Money approvedAmount, String cutReason, String actor) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        if (application == null) {
            throw new NotFound("application", applicationId);
        }
        // the notice's close moved it to APPROVED by set-wise SQL in this transaction: read the row, not a cached copy
        em.refresh(application);
        List<Long> existing = em.createNamedQuery(Project.BY_APPLICATION, Long.class).setParameter("application", applicationId)
                .getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        if (application.status() != ApplicationStatus.APPROVED) {
            throw new StateConflict("WRONG_STATE", "application " + applicationId + " is " + application.status()
                    + "; only an APPROVED application becomes a project");
        }
        if (application.hostOrganizationId() == null || application.title() == null) {
            throw new StateConflict("WRONG_STATE", "application " + applicationId + " has no host unit or title");
        }
        Money requested = application.total();
        if (approvedAmount == null || approvedAmount.compareTo(Money.ZERO) <= 0) {
            throw new InvalidInput("approvedAmount", "a positive amount of yuan");
        }
        if (approvedAmount.exceeds(requested)) {
            throw new RuleViolation("ABOVE_REQUEST", "approved " + approvedAmount + " exceeds the " + requested + " requested");
        }
        boolean cut = approvedAmount.compareTo(requested) < 0;
        if (cut && (cutReason == null || cutReason.isBlank())) {
            throw new InvalidInput("cutReason", "a cut from " + requested + " to " + approvedAmount + " needs a reason");
        }
        Call call = em.find(Call.class, application.callId());
        Programme programme = em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", application.programmeCode())
                .getSingleResult();
        Instant now = clock.instant();
        LocalDate start = BusinessTime.today(clock);
        LocalDate end = start.plusMonths(DURATION_MONTHS);
        String who = actor == null || actor.isBlank() ? "system" : actor;

        Project project = new Project(
                new Project.Origin(applicationId, application.callId(), application.programmeCode(), call.fundingMode(),
                        application.piAccountId(), application.piUsername(), application.hostOrganizationId(), application.title()),
                approvedAmount, requested, cut ? cutReason.strip() : null, start, end,
                budget(application.budget(), approvedAmount), tranches(programme.tranches(), approvedAmount),
                kpis(application.targets().orElse(null)),
                List.of(new ProjectMilestone(1, start.plusMonths(MIDTERM_MONTHS), ContractWords.of("milestone.midterm")),
                        new ProjectMilestone(2, end, ContractWords.of("milestone.conclusion"))),
                who, now);
        em.persist(project);
        em.flush();
        em.persist(new ProjectStatusChange(project.id(), null, ProjectStatus.CONTRACTING, who,
                cut ? "approved with a cut: " + cutReason.strip() : "approved", now));
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("applicationId", Long.toString(applicationId));
        detail.put("approvedAmount", approvedAmount.toString());
        detail.put("requestedAmount", requested.toString());
        detail.put("cutReason", cut ? cutReason.strip() : "");
        detail.put("tranches", project.tranches().stream().map(t -> t.no() + ":" + t.amount() + ":" + t.condition()).toList().toString());
        detail.put("by", who);
        events.fire(new DomainEvent("PROJECT_OPENED", "Project", project.id().toString(), detail));
        em.flush();
        return project.id();
    }

    /** The application's lines, scaled so they sum to exactly the approved amount (unchanged when nothing was cut). */
    static List<ProjectBudgetLine> budget(List<BudgetLine> lines, Money approved) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Money> scaled = Apportion.split(approved, lines.stream().map(l -> l.amount().amount()).toList());
        List<ProjectBudgetLine> budget = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            budget.add(new ProjectBudgetLine(i + 1, lines.get(i).category(), scaled.get(i), lines.get(i).amount()));
        }
        return budget;
    }

    /**
     * The programme's tranche schedule applied to the approved amount, to the fen, summing to exactly it.
     * A programme without a valid schedule pays everything at contract.
     */
    static List<ProjectTranche> tranches(List<TrancheRule> rules, Money approved) {
        if (new TrancheSchedule(rules).problem().isPresent()) {
            return List.of(new ProjectTranche(1, BigDecimal.ONE, approved, TrancheCondition.AT_CONTRACT));
        }
        List<Money> amounts = Apportion.split(approved, rules.stream().map(TrancheRule::share).toList());
        List<ProjectTranche> tranches = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            tranches.add(new ProjectTranche(rules.get(i).no(), rules.get(i).share(), amounts.get(i), rules.get(i).condition()));
        }
        return tranches;
    }

    /** Every KPI, its target and floor what the application promised (0 where nothing was). */
    static List<ProjectKpi> kpis(ApplicationTargets t) {
        List<ProjectKpi> kpis = new ArrayList<>();
        for (KpiCode code : KpiCode.values()) {
            BigDecimal promised = t == null ? null : switch (code) {
                case PAPERS -> count(t.papers());
                case PATENTS -> count(t.patents());
                case STANDARDS -> count(t.standards());
                case PRODUCTS -> count(t.products());
                case TRANSFER_INCOME -> t.transferIncome() == null ? null : t.transferIncome().amount();
                case PEOPLE_TRAINED -> count(t.peopleTrained());
            };
            BigDecimal value = promised == null ? BigDecimal.ZERO.setScale(2) : promised.setScale(2);
            kpis.add(new ProjectKpi(code, value, value));
        }
        return kpis;
    }

    private static BigDecimal count(Integer n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }
}
