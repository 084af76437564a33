package org.tianshan.grants.project.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.StateConflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A project (项目): created in CONTRACTING from an approved application with its approved budget,
 * tranches, KPIs and milestones; the PI refines the plan until the officer confirms it, which freezes the
 * contract content and its hash; the three signatures (kept as {@link ContractSignature}s) make it ACTIVE.
 * Status only through {@link #moveTo}; money never through a setter.
 */
@Entity
@Table(name = "project")
@NamedQuery(name = Project.BY_APPLICATION, query = "select p.id from Project p where p.applicationId = :application")
@NamedQuery(name = Project.ALL, query = "select p from Project p order by p.id desc")
@NamedQuery(name = Project.COUNT_ALL, query = "select count(p) from Project p")
@NamedQuery(name = Project.OF_PI, query = "select p from Project p where p.piAccountId = :account order by p.id desc")
@NamedQuery(name = Project.COUNT_OF_PI, query = "select count(p) from Project p where p.piAccountId = :account")
@NamedQuery(name = Project.OF_HOST, query = "select p from Project p where p.hostOrganizationId = :host order by p.id desc")
@NamedQuery(name = Project.COUNT_OF_HOST, query = "select count(p) from Project p where p.hostOrganizationId = :host")
public class Project {

    public static final String BY_APPLICATION = "Project.byApplication";
    public static final String ALL = "Project.all";
    public static final String COUNT_ALL = "Project.countAll";
    public static final String OF_PI = "Project.ofPi";
    public static final String COUNT_OF_PI = "Project.countOfPi";
    public static final String OF_HOST = "Project.ofHost";
    public static final String COUNT_OF_HOST = "Project.countOfHost";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id")
    private long applicationId;
    @Column(name = "call_id")
    private long callId;
    @Column(name = "programme_code")
    private String programmeCode;
    @Column(name = "funding_mode")
    private String fundingMode;
    @Column(name = "pi_account_id")
    private long piAccountId;
    @Column(name = "pi_username")
    private String piUsername;
    @Column(name = "host_organization_id")
    private long hostOrganizationId;
    private String title;
    @Enumerated(EnumType.STRING)
    private ProjectStatus status;
    @Column(name = "approved_amount")
    private Money approvedAmount;
    @Column(name = "paid_amount")
    private Money paidAmount;
    @Column(name = "requested_amount")
    private Money requestedAmount;
    @Column(name = "cut_reason")
    private String cutReason;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "plan_confirmed_at")
    private Instant planConfirmedAt;
    @Column(name = "plan_confirmed_by")
    private String planConfirmedBy;
    @Column(name = "contract_content")
    private String contractContent;
    @Column(name = "contract_hash")
    private String contractHash;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_budget_line", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("seq")
    private List<ProjectBudgetLine> budget = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_tranche", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("no")
    private List<ProjectTranche> tranches = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_kpi", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("code")
    private List<ProjectKpi> kpis = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_milestone", joinColumns = @JoinColumn(name = "project_id"))
    @OrderBy("seq")
    private List<ProjectMilestone> milestones = new ArrayList<>();

    protected Project() {
    }

    /** What an approved application becomes; the caller has computed the scaled budget and the tranches. */
    public Project(Origin origin, Money approvedAmount, Money requestedAmount, String cutReason, LocalDate startsOn, LocalDate endsOn,
                   List<ProjectBudgetLine> budget, List<ProjectTranche> tranches, List<ProjectKpi> kpis,
                   List<ProjectMilestone> milestones, String createdBy, Instant createdAt) {
        this.applicationId = origin.applicationId();
        this.callId = origin.callId();
        this.programmeCode = origin.programmeCode();
        this.fundingMode = origin.fundingMode();
        this.piAccountId = origin.piAccountId();
        this.piUsername = origin.piUsername();
        this.hostOrganizationId = origin.hostOrganizationId();
        this.title = origin.title();
        this.status = ProjectStatus.CONTRACTING;
        this.approvedAmount = approvedAmount;
        this.paidAmount = Money.ZERO;
        this.requestedAmount = requestedAmount;
        this.cutReason = cutReason;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.budget = new ArrayList<>(budget);
        this.tranches = new ArrayList<>(tranches);
        this.kpis = new ArrayList<>(kpis);
        this.milestones = new ArrayList<>(milestones);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Where a project comes from: the application's identity and parties. */
    public record Origin(long applicationId, long callId, String programmeCode, String fundingMode, long piAccountId,
                         String piUsername, long hostOrganizationId, String title) {
    }

    /**
     * The PI's refinement of KPIs and milestones (the caller checked them against the approved scope):
     * only while CONTRACTING and before the officer confirmed the plan (409 otherwise).
     */
    public void refinePlan(List<ProjectKpi> kpis, List<ProjectMilestone> milestones) {
        requirePlanOpen();
        this.kpis = new ArrayList<>(kpis);
        this.milestones = new ArrayList<>(milestones);
    }

    /** The officer's confirmation freezes the contract content; its SHA-256 is what the parties sign. */
    public void confirmPlan(String officer, Instant at, String content, String hash) {
        requirePlanOpen();
        this.planConfirmedBy = officer;
        this.planConfirmedAt = at;
        this.contractContent = content;
        this.contractHash = hash;
    }

    /** Moves along the lifecycle (DESIGN.md §3); an illegal move is a 409 naming the current state. */
    public ProjectStatusChange moveTo(ProjectStatus next, String actor, String reason, Instant at) {
        if (!status.mayBecome(next)) {
            throw new StateConflict("WRONG_STATE", "project " + id + " is " + status + " and cannot become " + next);
        }
        ProjectStatusChange change = new ProjectStatusChange(id, status, next, actor, reason, at);
        status = next;
        return change;
    }

    private void requirePlanOpen() {
        if (status != ProjectStatus.CONTRACTING) {
            throw new StateConflict("WRONG_STATE", "project " + id + " is " + status + "; the plan is only changed while CONTRACTING");
        }
        if (planConfirmedAt != null) {
            throw new StateConflict("PLAN_CONFIRMED", "the plan of project " + id + " was confirmed on " + planConfirmedAt
                    + " and is frozen");
        }
    }

    public boolean planConfirmed() { return planConfirmedAt != null; }
    public boolean isChallenge() { return "CHALLENGE".equals(fundingMode); }

    public Long id() { return id; }
    public long applicationId() { return applicationId; }
    public long callId() { return callId; }
    public String programmeCode() { return programmeCode; }
    public String fundingMode() { return fundingMode; }
    public long piAccountId() { return piAccountId; }
    public String piUsername() { return piUsername; }
    public long hostOrganizationId() { return hostOrganizationId; }
    public String title() { return title; }
    public ProjectStatus status() { return status; }
    public Money approvedAmount() { return approvedAmount; }
    public Money paidAmount() { return paidAmount; }
    public Money requestedAmount() { return requestedAmount; }
    public String cutReason() { return cutReason; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public Instant planConfirmedAt() { return planConfirmedAt; }
    public String planConfirmedBy() { return planConfirmedBy; }
    public String contractContent() { return contractContent; }
    public String contractHash() { return contractHash; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
    public List<ProjectBudgetLine> budget() { return List.copyOf(budget); }
    public List<ProjectTranche> tranches() { return List.copyOf(tranches); }
    public List<ProjectKpi> kpis() { return List.copyOf(kpis); }
    public List<ProjectMilestone> milestones() { return List.copyOf(milestones); }
}
