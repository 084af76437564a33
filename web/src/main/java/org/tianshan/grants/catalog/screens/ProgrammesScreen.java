package org.tianshan.grants.catalog.screens;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.catalog.boundary.Catalog;
import org.tianshan.grants.catalog.boundary.CatalogView;
import org.tianshan.grants.catalog.boundary.ProgrammeView;
import org.tianshan.grants.catalog.boundary.SectionView;
import org.tianshan.grants.catalog.entity.EvaluationClass;
import org.tianshan.grants.catalog.entity.FundingMode;
import org.tianshan.grants.catalog.entity.TrancheCondition;
import org.tianshan.grants.platform.entity.OrganizationType;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.LocaleBean;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * /admin/programmes: a catalog's sections with their programmes, and the rule editor of one
 * programme (limits, eligibility, indirect-cost brackets, tranches). Save sends the version read.
 */
@Named("programmesScreen")
@ViewScoped
public class ProgrammesScreen implements Serializable {

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean locale;

    private List<CatalogView> catalogs = List.of();
    private String catalogCode;
    private List<SectionView> sections = List.of();

    private String code;
    private String sectionCode;
    private String editCatalogCode;
    private FundingMode fundingMode;
    private String name;
    private String nameEn;
    private String description;
    private EvaluationClass evaluationClass;
    private int maxPiPerCall;
    private int maxPiPerSection;
    private int maxAsMember;
    private Integer maxAge;
    private BigDecimal minCoFundingRatio;
    private List<String> eligibleUnitTypes = new ArrayList<>();
    private String defaultCeiling;
    private int publicNoticeDays;
    private boolean callApprovalRequired;
    private boolean active;
    private List<BracketRow> brackets = new ArrayList<>();
    private List<TrancheRow> tranches = new ArrayList<>();
    private long version;

    @PostConstruct
    void init() {
        List<CatalogView> read = FacesErrors.attempt(catalog::catalogs);
        catalogs = read == null ? List.of() : read;
        catalogCode = catalogs.stream().filter(CatalogView::isDefault).findFirst()
                .or(() -> catalogs.stream().findFirst()).map(CatalogView::code).orElse(null);
        loadSections();
    }

    /** The sections of the chosen catalog; closes the editor, whose programme may not be in it. */
    public void loadSections() {
        List<SectionView> read = FacesErrors.attempt(() -> catalog.sections(Optional.ofNullable(catalogCode)));
        sections = read == null ? List.of() : read;
        code = null;
    }

    public void select(String programmeCode) {
        ProgrammeView p = FacesErrors.attempt(() -> catalog.programme(programmeCode));
        if (p != null) {
            show(p);
        }
    }

    public void save() {
        ProgrammeView change = new ProgrammeView(code, sectionCode, editCatalogCode, strip(name), strip(nameEn),
                blankToNull(description), fundingMode, evaluationClass, maxPiPerCall, maxPiPerSection, maxAsMember,
                maxAge, minCoFundingRatio, new LinkedHashSet<>(eligibleUnitTypes), blankToNull(defaultCeiling),
                publicNoticeDays, callApprovalRequired, active,
                brackets.stream().map(b -> new ProgrammeView.Bracket(blankToNull(b.getUpTo()), b.getRate())).toList(),
                tranches.stream().map(t -> new ProgrammeView.Tranche(t.getNo(), t.getShare(), t.getCondition())).toList(),
                version);
        ProgrammeView saved = FacesErrors.attempt(() -> catalog.revise(code, change));
        if (saved != null) {
            show(saved);
            List<SectionView> read = FacesErrors.attempt(() -> catalog.sections(Optional.ofNullable(catalogCode)));
            sections = read == null ? sections : read;
            Messages.info("programme.saved", saved.code());
        }
    }

    public void addBracket() {
        brackets.add(new BracketRow(null, null));
    }

    public void removeBracket(BracketRow row) {
        brackets.remove(row);
    }

    public void addTranche() {
        tranches.add(new TrancheRow(tranches.size() + 1, null, TrancheCondition.AFTER_ACCEPTANCE));
    }

    public void removeTranche(TrancheRow row) {
        tranches.remove(row);
        for (int i = 0; i < tranches.size(); i++) {
            tranches.get(i).setNo(i + 1);
        }
    }

    private void show(ProgrammeView p) {
        code = p.code();
        sectionCode = p.sectionCode();
        editCatalogCode = p.catalogCode();
        fundingMode = p.fundingMode();
        name = p.name();
        nameEn = p.nameEn();
        description = p.description();
        evaluationClass = p.evaluationClass();
        maxPiPerCall = p.maxPiPerCall();
        maxPiPerSection = p.maxPiPerSection();
        maxAsMember = p.maxAsMember();
        maxAge = p.maxAge();
        minCoFundingRatio = p.minCoFundingRatio();
        eligibleUnitTypes = p.eligibleUnitTypes() == null ? new ArrayList<>() : new ArrayList<>(p.eligibleUnitTypes());
        defaultCeiling = p.defaultCeiling();
        publicNoticeDays = p.publicNoticeDays();
        callApprovalRequired = p.callApprovalRequired();
        active = p.active();
        brackets = new ArrayList<>(p.indirectCostBrackets().stream().map(b -> new BracketRow(b.upTo(), b.rate())).toList());
        tranches = new ArrayList<>(p.tranches().stream().map(t -> new TrancheRow(t.no(), t.share(), t.condition())).toList());
        version = p.version();
    }

    public String catalogLabel(CatalogView c) {
        return (locale.isEnglish() ? c.nameEn() : c.name()) + " (" + c.planPeriod() + ")";
    }

    public String sectionLabel(SectionView s) {
        return locale.isEnglish() ? s.nameEn() : s.name();
    }

    public String programmeLabel(SectionView.ProgrammeSummary p) {
        return locale.isEnglish() ? p.nameEn() : p.name();
    }

    public String label(String prefix, Object value) {
        return value == null ? "" : Messages.text(prefix + "." + value);
    }

    public boolean isEditing() {
        return code != null;
    }

    public EvaluationClass[] getEvaluationClasses() {
        return EvaluationClass.values();
    }

    public OrganizationType[] getUnitTypes() {
        return OrganizationType.values();
    }

    public TrancheCondition[] getTrancheConditions() {
        return TrancheCondition.values();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An editable indirect-cost bracket: up to (yuan; blank = unbounded) and rate. */
    public static class BracketRow implements Serializable {
        private String upTo;
        private BigDecimal rate;

        BracketRow(String upTo, BigDecimal rate) {
            this.upTo = upTo;
            this.rate = rate;
        }

        public String getUpTo() { return upTo; }
        public void setUpTo(String upTo) { this.upTo = upTo; }
        public BigDecimal getRate() { return rate; }
        public void setRate(BigDecimal rate) { this.rate = rate; }
    }

    /** An editable tranche: number, share of the grant, and when it may be paid. */
    public static class TrancheRow implements Serializable {
        private int no;
        private BigDecimal share;
        private TrancheCondition condition;

        TrancheRow(int no, BigDecimal share, TrancheCondition condition) {
            this.no = no;
            this.share = share;
            this.condition = condition;
        }

        public int getNo() { return no; }
        public void setNo(int no) { this.no = no; }
        public BigDecimal getShare() { return share; }
        public void setShare(BigDecimal share) { this.share = share; }
        public TrancheCondition getCondition() { return condition; }
        public void setCondition(TrancheCondition condition) { this.condition = condition; }
    }

    public List<CatalogView> getCatalogs() { return catalogs; }
    public String getCatalogCode() { return catalogCode; }
    public void setCatalogCode(String catalogCode) { this.catalogCode = catalogCode; }
    public List<SectionView> getSections() { return sections; }
    public String getCode() { return code; }
    public String getSectionCode() { return sectionCode; }
    public FundingMode getFundingMode() { return fundingMode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public EvaluationClass getEvaluationClass() { return evaluationClass; }
    public void setEvaluationClass(EvaluationClass evaluationClass) { this.evaluationClass = evaluationClass; }
    public int getMaxPiPerCall() { return maxPiPerCall; }
    public void setMaxPiPerCall(int maxPiPerCall) { this.maxPiPerCall = maxPiPerCall; }
    public int getMaxPiPerSection() { return maxPiPerSection; }
    public void setMaxPiPerSection(int maxPiPerSection) { this.maxPiPerSection = maxPiPerSection; }
    public int getMaxAsMember() { return maxAsMember; }
    public void setMaxAsMember(int maxAsMember) { this.maxAsMember = maxAsMember; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public BigDecimal getMinCoFundingRatio() { return minCoFundingRatio; }
    public void setMinCoFundingRatio(BigDecimal minCoFundingRatio) { this.minCoFundingRatio = minCoFundingRatio; }
    public List<String> getEligibleUnitTypes() { return eligibleUnitTypes; }
    public void setEligibleUnitTypes(List<String> v) { eligibleUnitTypes = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getDefaultCeiling() { return defaultCeiling; }
    public void setDefaultCeiling(String defaultCeiling) { this.defaultCeiling = defaultCeiling; }
    public int getPublicNoticeDays() { return publicNoticeDays; }
    public void setPublicNoticeDays(int publicNoticeDays) { this.publicNoticeDays = publicNoticeDays; }
    public boolean isCallApprovalRequired() { return callApprovalRequired; }
    public void setCallApprovalRequired(boolean v) { callApprovalRequired = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<BracketRow> getBrackets() { return brackets; }
    public List<TrancheRow> getTranches() { return tranches; }
    public long getVersion() { return version; }
}
