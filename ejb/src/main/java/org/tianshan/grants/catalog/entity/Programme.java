package org.tianshan.grants.catalog.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tianshan.grants.kernel.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * A programme of a section: its rules are data (funding mode, evaluation class, limits, eligibility,
 * indirect-cost brackets, tranche schedule), never conditions on its name.
 */
@Entity
@Table(name = "programme")
@NamedQuery(name = Programme.OF_SECTIONS, query = "select p from Programme p where p.sectionId in :sections order by p.sectionId, p.id")
@NamedQuery(name = Programme.BY_CODE, query = "select p from Programme p where p.code = :code")
public class Programme {

    public static final String OF_SECTIONS = "Programme.ofSections";
    public static final String BY_CODE = "Programme.byCode";

    @Id
    private Long id;
    @Column(name = "section_id")
    private Long sectionId;
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "funding_mode")
    private FundingMode fundingMode;
    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_class")
    private EvaluationClass evaluationClass;
    @Embedded
    private LimitPolicy limits;
    @Embedded
    private Eligibility eligibility;
    @Column(name = "default_ceiling")
    private Money defaultCeiling;
    @Column(name = "public_notice_days")
    private int publicNoticeDays;
    @Column(name = "call_approval_required")
    private boolean callApprovalRequired;
    private boolean active;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indirect_cost_bracket", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderBy("seq")
    private List<IndirectCostBracket> indirectCostBrackets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tranche_rule", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderBy("no")
    private List<TrancheRule> tranches = new ArrayList<>();

    protected Programme() {
    }

    /** An admin's revision of the programme's rules; the caller has checked them (catalog.control). */
    public void revise(String name, String nameEn, String description, EvaluationClass evaluationClass,
                       LimitPolicy limits, Eligibility eligibility, Money defaultCeiling, int publicNoticeDays,
                       boolean callApprovalRequired, boolean active, List<IndirectCostBracket> brackets,
                       List<TrancheRule> tranches) {
        this.name = name;
        this.nameEn = nameEn;
        this.description = description;
        this.evaluationClass = evaluationClass;
        this.limits = limits;
        this.eligibility = eligibility;
        this.defaultCeiling = defaultCeiling;
        this.publicNoticeDays = publicNoticeDays;
        this.callApprovalRequired = callApprovalRequired;
        this.active = active;
        this.indirectCostBrackets.clear();
        this.indirectCostBrackets.addAll(brackets);
        this.tranches.clear();
        this.tranches.addAll(tranches);
    }

    public Long id() { return id; }
    public Long sectionId() { return sectionId; }
    public String code() { return code; }
    public String name() { return name; }
    public String nameEn() { return nameEn; }
    public String description() { return description; }
    public FundingMode fundingMode() { return fundingMode; }
    public EvaluationClass evaluationClass() { return evaluationClass; }
    public LimitPolicy limits() { return limits; }
    /** JPA loads an embeddable whose columns are all NULL as null: that is "no restriction". */
    public Eligibility eligibility() { return eligibility == null ? new Eligibility(null, null, null) : eligibility; }
    public Money defaultCeiling() { return defaultCeiling; }
    public int publicNoticeDays() { return publicNoticeDays; }
    public boolean callApprovalRequired() { return callApprovalRequired; }
    public boolean active() { return active; }
    public long version() { return version; }
    public List<IndirectCostBracket> indirectCostBrackets() { return List.copyOf(indirectCostBrackets); }
    public List<TrancheRule> tranches() { return List.copyOf(tranches); }
}
