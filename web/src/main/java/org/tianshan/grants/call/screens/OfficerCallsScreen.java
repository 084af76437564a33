package org.tianshan.grants.call.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.call.boundary.CallStatusView;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.Calls;
import org.tianshan.grants.call.boundary.NewCall;
import org.tianshan.grants.catalog.boundary.Catalog;
import org.tianshan.grants.catalog.boundary.SectionView;
import org.tianshan.grants.catalog.entity.FundingMode;
import org.tianshan.grants.kernel.BusinessTime;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.LocaleBean;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /officer/calls.xhtml (指南管理): every call with its status; drafting a call (window in Beijing time,
 * money, reviewers, weighted rubric, the problem and bounty of a CHALLENGE call, the teams of a RACE
 * call), publishing a draft and closing an open call early.
 */
@Named("officerCalls")
@ViewScoped
public class OfficerCallsScreen implements Serializable {

    @Inject
    Calls calls;

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean locale;

    private BoundaryPages<CallView> list;
    /** programme code → label and funding mode, for the select (active grant programmes of the default catalog). */
    private LinkedHashMap<String, String> programmes;
    private Map<String, String> modes;

    private String programmeCode;
    private String title;
    private String guide;
    private String topics;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private String ceiling;
    private String totalBudget;
    private Integer reviewersPerApplication = 5;
    private Integer maxPerExpert;
    private List<CriterionRow> rubric = new ArrayList<>();
    private String challengeProblem;
    private String challengeBounty;
    private Integer raceTeams;

    public BoundaryPages<CallView> getList() {
        if (list == null) {
            Calls boundary = calls;
            list = new BoundaryPages<>(page -> boundary.list(Optional.empty(), page));
        }
        return list;
    }

    public Map<String, String> getProgrammes() {
        if (programmes == null) {
            programmes = new LinkedHashMap<>();
            modes = new LinkedHashMap<>();
            List<SectionView> sections = FacesErrors.attempt(() -> catalog.sections(Optional.empty()));
            for (SectionView s : sections == null ? List.<SectionView>of() : sections) {
                for (SectionView.ProgrammeSummary p : s.programmes()) {
                    if (p.active() && !FundingMode.valueOf(p.fundingMode()).isFundInstrument()) {
                        String section = locale.isEnglish() ? s.nameEn() : s.name();
                        String name = locale.isEnglish() ? p.nameEn() : p.name();
                        programmes.put(p.code(), section + " · " + name);
                        modes.put(p.code(), p.fundingMode());
                    }
                }
            }
        }
        return programmes;
    }

    public List<String> getProgrammeCodes() {
        return new ArrayList<>(getProgrammes().keySet());
    }

    /** The funding mode of the chosen programme: CHALLENGE and RACE calls ask for more. */
    public String getMode() {
        getProgrammes();
        return programmeCode == null ? null : modes.get(programmeCode);
    }

    public void startCreate() {
        programmeCode = null;
        title = null;
        guide = null;
        topics = null;
        LocalDateTime today = LocalDateTime.now(BusinessTime.ZONE).withSecond(0).withNano(0);
        opensAt = today;
        closesAt = today.plusDays(30).withHour(17).withMinute(0);
        ceiling = null;
        totalBudget = null;
        reviewersPerApplication = 5;
        maxPerExpert = null;
        rubric = new ArrayList<>(List.of(
                new CriterionRow("INNOVATION", Messages.text("callAdmin.rubric.innovation"), 40, 10),
                new CriterionRow("FEASIBILITY", Messages.text("callAdmin.rubric.feasibility"), 35, 10),
                new CriterionRow("TEAM", Messages.text("callAdmin.rubric.team"), 25, 10)));
        challengeProblem = null;
        challengeBounty = null;
        raceTeams = null;
    }

    public void addCriterion() {
        rubric.add(new CriterionRow(null, null, null, 10));
    }

    public void removeCriterion(CriterionRow row) {
        rubric.remove(row);
    }

    public void create() {
        String mode = getMode();
        NewCall request = new NewCall(programmeCode, blankToNull(title), blankToNull(guide),
                topics == null ? List.of() : Arrays.stream(topics.split("\\R")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                at(opensAt), at(closesAt), blankToNull(ceiling), blankToNull(totalBudget), reviewersPerApplication, maxPerExpert,
                rubric.stream().map(r -> new NewCall.Criterion(blankToNull(r.getCode()), blankToNull(r.getName()), r.getWeight(),
                        r.getMaxScore())).toList(),
                "CHALLENGE".equals(mode) ? blankToNull(challengeProblem) : null,
                "CHALLENGE".equals(mode) ? blankToNull(challengeBounty) : null,
                "RACE".equals(mode) ? raceTeams : null, null);
        CallView created = FacesErrors.attempt(() -> calls.create(request));
        if (created != null) {
            Messages.info("callAdmin.created", created.title());
            startCreate();
        }
    }

    public void publish(CallView row) {
        CallStatusView published = FacesErrors.attempt(() -> calls.publish(Long.parseLong(row.id())));
        if (published != null) {
            Messages.info("callAdmin.published", row.title(), Messages.text("callStatus." + published.status()));
        }
    }

    public void close(CallView row) {
        CallStatusView closed = FacesErrors.attempt(() -> calls.close(Long.parseLong(row.id())));
        if (closed != null) {
            Messages.info("callAdmin.closed", row.title());
        }
    }

    private static OffsetDateTime at(LocalDateTime beijing) {
        return beijing == null ? null : beijing.atOffset(BusinessTime.ZONE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One editable rubric criterion. */
    public static class CriterionRow implements Serializable {
        private String code;
        private String name;
        private Integer weight;
        private Integer maxScore;

        CriterionRow(String code, String name, Integer weight, Integer maxScore) {
            this.code = code;
            this.name = name;
            this.weight = weight;
            this.maxScore = maxScore;
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getWeight() { return weight; }
        public void setWeight(Integer weight) { this.weight = weight; }
        public Integer getMaxScore() { return maxScore; }
        public void setMaxScore(Integer maxScore) { this.maxScore = maxScore; }
    }

    public String getProgrammeCode() { return programmeCode; }
    public void setProgrammeCode(String programmeCode) { this.programmeCode = programmeCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getGuide() { return guide; }
    public void setGuide(String guide) { this.guide = guide; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public String getCeiling() { return ceiling; }
    public void setCeiling(String ceiling) { this.ceiling = ceiling; }
    public String getTotalBudget() { return totalBudget; }
    public void setTotalBudget(String totalBudget) { this.totalBudget = totalBudget; }
    public Integer getReviewersPerApplication() { return reviewersPerApplication; }
    public void setReviewersPerApplication(Integer v) { reviewersPerApplication = v; }
    public Integer getMaxPerExpert() { return maxPerExpert; }
    public void setMaxPerExpert(Integer maxPerExpert) { this.maxPerExpert = maxPerExpert; }
    public List<CriterionRow> getRubric() { return rubric; }
    public String getChallengeProblem() { return challengeProblem; }
    public void setChallengeProblem(String challengeProblem) { this.challengeProblem = challengeProblem; }
    public String getChallengeBounty() { return challengeBounty; }
    public void setChallengeBounty(String challengeBounty) { this.challengeBounty = challengeBounty; }
    public Integer getRaceTeams() { return raceTeams; }
    public void setRaceTeams(Integer raceTeams) { this.raceTeams = raceTeams; }
}
