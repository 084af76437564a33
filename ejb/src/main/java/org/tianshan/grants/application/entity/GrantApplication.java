package org.tianshan.grants.application.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.StateConflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An application (申报书). Content changes only while DRAFT; status only through {@link #moveTo}. */
@Entity
@Table(name = "grant_application")
@NamedQuery(name = GrantApplication.MINE, query = "select distinct a from GrantApplication a left join a.team m "
        + "where a.piAccountId = :account or m.accountId = :account order by a.id desc")
@NamedQuery(name = GrantApplication.COUNT_MINE, query = "select count(distinct a) from GrantApplication a left join a.team m "
        + "where a.piAccountId = :account or m.accountId = :account")
@NamedQuery(name = GrantApplication.AS_PI_IN_CALL, query = "select count(a) from GrantApplication a "
        + "where a.piAccountId = :account and a.callId = :call and a.status in :active and a.id <> :self")
@NamedQuery(name = GrantApplication.AS_PI_IN_SECTION, query = "select count(a) from GrantApplication a "
        + "where a.piAccountId = :account and a.sectionRef = :section and a.status in :active and a.id <> :self")
@NamedQuery(name = GrantApplication.AS_MEMBER_IN_SECTION, query = "select m.accountId, count(a) from GrantApplication a join a.team m "
        + "where m.accountId in :accounts and a.sectionRef = :section and a.status in :active and a.id <> :self group by m.accountId")
@NamedQuery(name = GrantApplication.TEXTS, query = "select a.id, a.callId, a.title, a.abstractText, a.status from GrantApplication a "
        + "where a.id in :ids")
@NamedQuery(name = GrantApplication.QUEUE_OF_HOST, query = "select a from GrantApplication a "
        + "where a.hostOrganizationId = :host and a.status = :status order by a.submittedAt, a.id")
@NamedQuery(name = GrantApplication.COUNT_QUEUE_OF_HOST, query = "select count(a) from GrantApplication a "
        + "where a.hostOrganizationId = :host and a.status = :status")
@NamedQuery(name = GrantApplication.QUEUE, query = "select a from GrantApplication a "
        + "where a.status = :status order by a.submittedAt, a.id")
@NamedQuery(name = GrantApplication.COUNT_QUEUE, query = "select count(a) from GrantApplication a where a.status = :status")
@NamedQuery(name = GrantApplication.QUEUE_OF_CALL, query = "select a from GrantApplication a "
        + "where a.callId = :call and a.status = :status order by a.submittedAt, a.id")
@NamedQuery(name = GrantApplication.COUNT_QUEUE_OF_CALL, query = "select count(a) from GrantApplication a "
        + "where a.callId = :call and a.status = :status")
public class GrantApplication {

    public static final String MINE = "GrantApplication.mine";
    public static final String COUNT_MINE = "GrantApplication.countMine";
    public static final String AS_PI_IN_CALL = "GrantApplication.asPiInCall";
    public static final String TEXTS = "GrantApplication.texts";
    public static final String AS_PI_IN_SECTION = "GrantApplication.asPiInSection";
    public static final String AS_MEMBER_IN_SECTION = "GrantApplication.asMemberInSection";
    public static final String QUEUE_OF_HOST = "GrantApplication.queueOfHost";
    public static final String COUNT_QUEUE_OF_HOST = "GrantApplication.countQueueOfHost";
    public static final String QUEUE = "GrantApplication.queue";
    public static final String COUNT_QUEUE = "GrantApplication.countQueue";
    public static final String QUEUE_OF_CALL = "GrantApplication.queueOfCall";
    public static final String COUNT_QUEUE_OF_CALL = "GrantApplication.countQueueOfCall";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "call_id")
    private long callId;
    @Column(name = "programme_code")
    private String programmeCode;
    @Column(name = "section_ref")
    private String sectionRef;
    @Column(name = "pi_account_id")
    private long piAccountId;
    @Column(name = "pi_username")
    private String piUsername;
    @Column(name = "host_organization_id")
    private Long hostOrganizationId;
    private String title;
    @Column(name = "abstract_text")
    private String abstractText;
    private String discipline;
    @Column(name = "self_raised")
    private Money selfRaised;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "frozen_version")
    private int frozenVersion;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;
    @Embedded
    private ApplicationTargets targets;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_keyword", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "seq")
    @Column(name = "keyword")
    private List<String> keywords = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_member", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("seq")
    private List<TeamMember> team = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_budget_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("seq")
    private List<BudgetLine> budget = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_excluded_expert", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "account_id")
    private Set<Long> excludedExperts = new LinkedHashSet<>();

    protected GrantApplication() {
    }

    /** {@code sectionRef}: "&lt;catalog code&gt;/&lt;section code&gt;", the scope of the per-section limits. */
    public GrantApplication(long callId, String programmeCode, String sectionRef, long piAccountId, String piUsername, Instant createdAt) {
        this.callId = callId;
        this.programmeCode = programmeCode;
        this.sectionRef = sectionRef;
        this.piAccountId = piAccountId;
        this.piUsername = piUsername;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = createdAt;
    }

    /** Replaces the content of a draft; anything but a DRAFT is frozen (409). */
    public void revise(String title, String abstractText, List<String> keywords, String discipline, Long hostOrganizationId,
                       List<TeamMember> team, List<BudgetLine> budget, Set<Long> excludedExperts, Money selfRaised) {
        if (status != ApplicationStatus.DRAFT) {
            throw new StateConflict("WRONG_STATE", "application " + id + " is " + status + "; only a DRAFT can be edited");
        }
        this.title = title;
        this.abstractText = abstractText;
        this.keywords = new ArrayList<>(keywords);
        this.discipline = discipline;
        this.hostOrganizationId = hostOrganizationId;
        this.team = new ArrayList<>(team);
        this.budget = new ArrayList<>(budget);
        this.excludedExperts = new LinkedHashSet<>(excludedExperts);
        this.selfRaised = selfRaised;
    }

    /** Replaces the promised targets of a draft (null or empty: none); anything but a DRAFT is frozen (409). */
    public void reviseTargets(ApplicationTargets targets) {
        if (status != ApplicationStatus.DRAFT) {
            throw new StateConflict("WRONG_STATE", "application " + id + " is " + status + "; only a DRAFT can be edited");
        }
        this.targets = targets == null || targets.isEmpty() ? null : targets;
    }

    /** Moves along the lifecycle (DESIGN.md §3); an illegal move is a 409 naming the current state. */
    public StatusChange moveTo(ApplicationStatus next, String actor, String reason, Instant at) {
        if (!status.mayBecome(next)) {
            throw new StateConflict("WRONG_STATE", "application " + id + " is " + status + " and cannot become " + next);
        }
        StatusChange change = new StatusChange(id, status, next, actor, reason, at);
        status = next;
        if (next == ApplicationStatus.SUBMITTED) {
            submittedAt = at;
            frozenVersion++;
        }
        return change;
    }

    public Money total() {
        return budget.stream().map(BudgetLine::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money sumOf(String category) {
        return budget.stream().filter(b -> b.category().equals(category)).map(BudgetLine::amount).reduce(Money.ZERO, Money::plus);
    }

    public boolean isOnTeam(long accountId) {
        return piAccountId == accountId || team.stream().anyMatch(m -> m.accountId() == accountId);
    }

    public Long id() { return id; }
    public long callId() { return callId; }
    public String programmeCode() { return programmeCode; }
    public String sectionRef() { return sectionRef; }
    public long piAccountId() { return piAccountId; }
    public String piUsername() { return piUsername; }
    public Long hostOrganizationId() { return hostOrganizationId; }
    public String title() { return title; }
    public String abstractText() { return abstractText; }
    public String discipline() { return discipline; }
    public Money selfRaised() { return selfRaised; }
    public ApplicationStatus status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public int frozenVersion() { return frozenVersion; }
    public long version() { return version; }
    public List<String> keywords() { return List.copyOf(keywords); }
    public List<TeamMember> team() { return List.copyOf(team); }
    public List<BudgetLine> budget() { return List.copyOf(budget); }
    public Set<Long> excludedExperts() { return Set.copyOf(excludedExperts); }
    /** The promised targets; empty when none were given. */
    public java.util.Optional<ApplicationTargets> targets() { return java.util.Optional.ofNullable(targets); }
}
