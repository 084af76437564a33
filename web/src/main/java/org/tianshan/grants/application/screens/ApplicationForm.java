package org.tianshan.grants.application.screens;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.application.boundary.ApplicationView;
import org.tianshan.grants.application.boundary.Applications;
import org.tianshan.grants.application.boundary.NewApplication;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.Calls;
import org.tianshan.grants.integrity.boundary.PledgeText;
import org.tianshan.grants.integrity.boundary.Pledges;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.Caller;
import org.tianshan.grants.platform.boundary.DisciplineView;
import org.tianshan.grants.platform.boundary.OrganizationView;
import org.tianshan.grants.platform.boundary.Organizations;
import org.tianshan.grants.platform.boundary.People;
import org.tianshan.grants.platform.boundary.Person;
import org.tianshan.grants.platform.boundary.ReferenceData;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.LocaleBean;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.tianshan.grants.application.boundary.AttachmentFile;
import org.tianshan.grants.application.boundary.AttachmentView;
import org.tianshan.grants.application.boundary.Attachments;
import org.tianshan.grants.integrity.boundary.PledgeText;
import org.tianshan.grants.integrity.boundary.Pledges;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /applicant/application.xhtml: the application form in four steps — basic information, team, budget,
 * review and submit. Every step saves the draft (created on the first save, then updated with the
 * version read, so a concurrent edit is refused and the PI asked to reload); leaving and coming back
 * ({@code ?id=…&step=…}) finds it as saved. Submitting needs the integrity pledge ticked.
 */
@Named("applicationForm")
@ViewScoped
public class ApplicationForm implements Serializable {

    public static final List<String> CATEGORIES = List.of("EQUIPMENT", "BUSINESS", "LABOUR", "CONSULTANCY", "INDIRECT");
    public static final List<String> MEMBER_ROLES = List.of("CO_PI", "MEMBER", "STUDENT");
    /** The optional performance targets, in the order the form shows them. */
    public static final List<String> TARGETS = List.of("papers", "patents", "standards", "products", "transferIncome", "peopleTrained");
    static final int LAST_STEP = 3;
    static final int MAX_EXCLUDED = 3;
    private static final String KEYWORD_SEPARATORS = "[;；,，、\\s]+";

    @Inject
    Applications applications;

    @Inject
    Calls calls;

    @Inject
    People people;

    @Inject
    Accounts accounts;

    @Inject
    Organizations organizations;

    @Inject
    ReferenceData referenceData;

    @Inject
    Pledges pledges;

    @Inject
    LocaleBean locale;

    @Inject
    Attachments attachmentStore;

    // view parameters
    private Long id;
    private Long callParam;
    private Integer stepParam;

    private int step;
    private CallView call;
    private String status = "DRAFT";
    private Long version;
    private String piOrganizationId;

    private String title;
    private String abstractText;
    private String keywords;
    private String discipline;
    private String hostOrganizationId;
    private String selfRaised;
    /** The promised performance targets (绩效目标), each optional: KPI code → text as entered. */
    private final Map<String, String> targets = new LinkedHashMap<>();
    private final List<MemberRow> team = new ArrayList<>();
    private String memberUsername;
    private String memberRole = "MEMBER";
    private final List<BudgetRow> budget = new ArrayList<>(CATEGORIES.stream().map(BudgetRow::new).toList());
    private final List<PersonRow> excluded = new ArrayList<>();
    private String excludedUsername;
    private boolean pledge;
    private List<AttachmentView> attachments;
    private String attachmentKind = "PROPOSAL";
    private List<ApplicationView.Check> checks = List.of();
    /** The draft as the server holds it, for the review step. */
    private ApplicationView preview;

    private List<DisciplineView> disciplines;
    private LinkedHashMap<String, String> units;
    private PledgeText pledgeText;

    /**
     * The view action: an existing draft ({@code ?id=}) or a new one for a call ({@code ?call=}). A
     * draft that is no longer editable, or not the caller's as PI, opens read-only instead.
     */
    public String load() {
        Caller me = FacesErrors.attempt(accounts::me);
        if (me == null) {
            return null;
        }
        piOrganizationId = me.organizationId();
        if (id != null) {
            ApplicationView a = FacesErrors.attempt(() -> applications.find(id));
            if (a == null) {
                return null;
            }
            if (!"DRAFT".equals(a.status()) || !a.piUsername().equals(me.username())) {
                return "/app/application?faces-redirect=true&id=" + id;
            }
            fill(a);
        } else if (callParam != null) {
            call = FacesErrors.attempt(() -> calls.find(callParam));
            hostOrganizationId = piOrganizationId;
        } else {
            return "/calls?faces-redirect=true";
        }
        step = stepParam == null ? 0 : Math.max(0, Math.min(LAST_STEP, stepParam - 1));
        if (step == LAST_STEP) {
            refreshChecks();
        }
        return null;
    }

    private void fill(ApplicationView a) {
        call = FacesErrors.attempt(() -> calls.find(Long.parseLong(a.callId())));
        status = a.status();
        version = a.version();
        title = a.title();
        abstractText = a.abstractText();
        keywords = String.join("；", a.keywords());
        discipline = a.discipline();
        hostOrganizationId = a.hostOrganizationId();
        selfRaised = a.selfRaised();
        targets.clear();
        if (a.targets() != null) {
            NewApplication.Targets t = a.targets();
            putTarget("papers", t.papers());
            putTarget("patents", t.patents());
            putTarget("standards", t.standards());
            putTarget("products", t.products());
            putTarget("transferIncome", t.transferIncome());
            putTarget("peopleTrained", t.peopleTrained());
        }
        team.clear();
        for (NewApplication.Member m : a.team()) {
            Optional<Person> p = FacesErrors.attempt(() -> accounts.person(Long.parseLong(m.userId())));
            team.add(new MemberRow(m.userId(), p == null ? null : p.map(Person::username).orElse(null),
                    p == null ? null : p.map(Person::displayName).orElse(null), m.role()));
        }
        budget.forEach(row -> row.setAmount(null));
        for (NewApplication.Line line : a.budget()) {
            budget.stream().filter(row -> row.getCategory().equals(line.category())).findFirst()
                    .ifPresent(row -> row.setAmount(row.getAmount() == null ? line.amount()
                            : new BigDecimal(row.getAmount()).add(new BigDecimal(line.amount())).toPlainString()));
        }
        excluded.clear();
        for (String expert : a.excludedExperts()) {
            Optional<Person> p = FacesErrors.attempt(() -> accounts.person(Long.parseLong(expert)));
            excluded.add(new PersonRow(expert, p == null ? null : p.map(Person::username).orElse(null),
                    p == null ? null : p.map(Person::displayName).orElse(null)));
        }
    }

    // ---- steps

    /** Saves the draft; true when the server took it. A first save creates the draft. */
    boolean save() {
        if (!amountsWellFormed()) {
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        if (call == null) {
            Messages.error("form.noCall");
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        NewApplication request = request();
        ApplicationView saved = FacesErrors.attempt(() -> id == null ? applications.create(request) : applications.update(id, request));
        if (saved == null) {
            return false;
        }
        id = Long.valueOf(saved.id());
        version = saved.version();
        status = saved.status();
        return true;
    }

    public String saveDraft() {
        return afterSave(step, "form.saved");
    }

    public String next() {
        return afterSave(Math.min(step + 1, LAST_STEP), null);
    }

    public String back() {
        return afterSave(Math.max(step - 1, 0), null);
    }

    /** Saves, then moves to the step; the first save moves to the draft's own address so a reload finds it. */
    private String afterSave(int target, String message) {
        boolean created = id == null;
        if (!save()) {
            return null;
        }
        if (message != null) {
            Messages.info(message);
        }
        step = target;
        if (created) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/applicant/application?faces-redirect=true&id=" + id + "&step=" + (step + 1);
        }
        if (step == LAST_STEP) {
            refreshChecks();
        }
        return null;
    }

    /** Re-reads the draft from the server, e.g. after someone else's edit made this one stale. */
    public void reload() {
        if (id != null) {
            ApplicationView a = FacesErrors.attempt(() -> applications.find(id));
            if (a != null) {
                fill(a);
                checks = a.checks();
                preview = a;
                Messages.info("form.reloaded");
            }
        }
    }

    /**
     * Submits the saved draft after saving what the form shows, signing the integrity pledge shown
     * (the boundary records the signature, and refuses the submission without it: PLEDGE_REQUIRED).
     */
    public String submit() {
        if (!pledge) {
            Messages.error("pledge.required");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        if (!save()) {
            return null;
        }
        ApplicationView submitted = FacesErrors.attempt(() -> applications.submit(id, pledge));
        if (submitted == null) {
            refreshChecks();
            return null;
        }
        Messages.info("form.submitted", submitted.title());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/applicant/applications?faces-redirect=true";
    }

    private void refreshChecks() {
        if (id == null) {
            checks = List.of();
            preview = null;
            return;
        }
        ApplicationView a = FacesErrors.attempt(() -> applications.find(id));
        checks = a == null ? List.of() : a.checks();
        preview = a;
    }

    // ---- team and excluded experts

    public void addMember() {
        Optional<Person> found = lookUp(memberUsername);
        if (found.isEmpty()) {
            return;
        }
        Person p = found.get();
        if (team.stream().anyMatch(m -> m.getUserId().equals(p.id()))) {
            Messages.error("form.member.twice", p.username());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Caller me = accounts.me();
        if (p.id().equals(me.id())) {
            Messages.error("form.member.pi");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        team.add(new MemberRow(p.id(), p.username(), p.displayName(), memberRole == null ? "MEMBER" : memberRole));
        memberUsername = null;
    }

    public void removeMember(MemberRow row) {
        team.remove(row);
    }

    public void addExcluded() {
        if (excluded.size() >= MAX_EXCLUDED) {
            Messages.error("form.excluded.max", MAX_EXCLUDED);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Optional<Person> found = lookUp(excludedUsername);
        if (found.isEmpty()) {
            return;
        }
        Person p = found.get();
        if (excluded.stream().anyMatch(e -> e.getUserId().equals(p.id()))) {
            Messages.error("form.member.twice", p.username());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        excluded.add(new PersonRow(p.id(), p.username(), p.displayName()));
        excludedUsername = null;
    }

    public void removeExcluded(PersonRow row) {
        excluded.remove(row);
    }

    private Optional<Person> lookUp(String username) {
        if (username == null || username.isBlank()) {
            Messages.error("form.username.required");
            FacesContext.getCurrentInstance().validationFailed();
            return Optional.empty();
        }
        Optional<Person> found = FacesErrors.attempt(() -> people.byUsername(username.strip()));
        if (found == null || found.isEmpty()) {
            if (found != null) {
                Messages.error("form.username.unknown", username.strip());
                FacesContext.getCurrentInstance().validationFailed();
            }
            return Optional.empty();
        }
        return found;
    }

    // ---- budget

    /** The sum of the well-formed amounts, as the total the server will compute. */
    public String getTotal() {
        return total().toString();
    }

    private Money total() {
        Money sum = Money.ZERO;
        for (BudgetRow row : budget) {
            if (row.isWellFormed() && row.getAmount() != null) {
                sum = sum.plus(Money.parse(row.getAmount()));
            }
        }
        return sum;
    }

    public boolean isOverCeiling() {
        return call != null && total().exceeds(Money.parse(call.ceiling()));
    }

    private boolean amountsWellFormed() {
        boolean ok = true;
        for (BudgetRow row : budget) {
            if (!row.isWellFormed()) {
                Messages.error("form.amount.invalid", Messages.text("budget." + row.getCategory()));
                ok = false;
            }
        }
        if (selfRaised != null && !selfRaised.isBlank() && !selfRaised.strip().matches(Money.PATTERN)) {
            Messages.error("form.amount.invalid", Messages.text("form.selfRaised"));
            ok = false;
        }
        for (String target : TARGETS) {
            String value = blankToNull(targets.get(target));
            boolean money = target.equals("transferIncome");
            if (value != null && !(money ? value.matches(Money.PATTERN) : value.matches("\\d{1,6}"))) {
                Messages.error(money ? "form.amount.invalid" : "form.target.invalid", Messages.text("target." + target));
                ok = false;
            }
        }
        return ok;
    }

    private NewApplication request() {
        List<String> keywordList = keywords == null || keywords.isBlank() ? List.of()
                : Arrays.stream(keywords.strip().split(KEYWORD_SEPARATORS)).filter(k -> !k.isBlank()).toList();
        List<NewApplication.Member> members = team.stream().map(m -> new NewApplication.Member(m.getUserId(), m.getRole())).toList();
        List<NewApplication.Line> lines = budget.stream().filter(b -> b.getAmount() != null && !b.getAmount().isBlank())
                .map(b -> new NewApplication.Line(b.getCategory(), b.getAmount().strip())).toList();
        return new NewApplication(call.id(), blankToNull(title), blankToNull(abstractText), keywordList, blankToNull(discipline),
                blankToNull(hostOrganizationId), members, lines, excluded.stream().map(PersonRow::getUserId).toList(),
                blankToNull(selfRaised), id == null ? null : version, targetsRequest());
    }

    /** The targets entered, or null when none (they are optional). */
    private NewApplication.Targets targetsRequest() {
        if (TARGETS.stream().allMatch(t -> blankToNull(targets.get(t)) == null)) {
            return null;
        }
        return new NewApplication.Targets(count("papers"), count("patents"), count("standards"), count("products"),
                blankToNull(targets.get("transferIncome")), count("peopleTrained"));
    }

    private Integer count(String target) {
        String value = blankToNull(targets.get(target));
        return value == null ? null : Integer.valueOf(value);
    }

    private void putTarget(String target, Object value) {
        if (value != null) {
            targets.put(target, value.toString());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- options

    public List<DisciplineView> getDisciplines() {
        if (disciplines == null) {
            List<DisciplineView> read = FacesErrors.attempt(referenceData::disciplines);
            disciplines = read == null ? List.of() : read;
        }
        return disciplines;
    }

    /** "52020 人工智能", second-level codes indented under their first level. */
    public String disciplineOption(DisciplineView d) {
        String name = locale.isEnglish() && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.name();
        return "\u3000".repeat((d.code().length() - 3) / 2) + d.code() + " " + name;
    }

    /** The caller's own unit first, then the registered units (first page). */
    public Map<String, String> getUnits() {
        if (units == null) {
            units = new LinkedHashMap<>();
            for (String own : new String[] {piOrganizationId, hostOrganizationId}) {
                if (own != null && !units.containsKey(own)) {
                    OrganizationView o = FacesErrors.attempt(() -> organizations.find(Long.parseLong(own)));
                    units.put(own, o == null ? own : o.name());
                }
            }
            Page<OrganizationView> page = FacesErrors.attempt(() -> organizations.list(new PageRequest(0, PageRequest.MAX_SIZE)));
            if (page != null) {
                page.items().stream().filter(OrganizationView::active).forEach(o -> units.putIfAbsent(o.id(), o.name()));
            }
        }
        return units;
    }

    /** The present wording of the submission pledge: the Chinese text is the one signed. */
    public PledgeText getPledgeText() {
        if (pledgeText == null) {
            pledgeText = FacesErrors.attempt(() -> pledges.text("SUBMISSION"));
        }
        return pledgeText;
    }

    public List<String> getUnitIds() {
        return new ArrayList<>(getUnits().keySet());
    }

    public List<String> getMemberRoles() {
        return MEMBER_ROLES;
    }

    public boolean isEditable() {
        return call != null && "DRAFT".equals(status);
    }

    public boolean isChecksPassed() {
        return !checks.isEmpty() && checks.stream().allMatch(ApplicationView.Check::passed);
    }

    /** The saved draft's attachments (none before the first save). */
    public List<AttachmentView> getAttachments() {
        if (attachments == null) {
            attachments = id == null ? List.of() : Optional.ofNullable(FacesErrors.attempt(() -> attachmentStore.list(id))).orElse(List.of());
        }
        return attachments;
    }

    /** An uploaded PDF: the draft is saved first (an attachment belongs to a saved application), then the file is inspected and stored. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (id == null && !save()) {
            return;
        }
        AttachmentView added = FacesErrors.attempt(() -> attachmentStore.add(id, attachmentKind, file.getFileName(), file.getContent()));
        if (added != null) {
            Messages.info("attachments.added", added.fileName());
            reloadVersion();
        }
        attachments = null;
    }

    public void removeAttachment(AttachmentView attachment) {
        if (FacesErrors.attempt((Runnable) () -> attachmentStore.remove(id, Long.parseLong(attachment.id())))) {
            Messages.info("attachments.removed", attachment.fileName());
            reloadVersion();
        }
        attachments = null;
    }

    /** The bytes of an attachment, always as a download. */
    public StreamedContent download(AttachmentView attachment) {
        AttachmentFile file = FacesErrors.attempt(() -> attachmentStore.download(id, Long.parseLong(attachment.id())));
        if (file == null) {
            return null;
        }
        byte[] content = file.content();
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    private void reloadVersion() {
        ApplicationView a = FacesErrors.attempt(() -> applications.find(id));
        if (a != null) {
            version = a.version();
        }
    }

    public List<String> getAttachmentKinds() {
        return List.copyOf(new java.util.TreeSet<>(Attachments.KINDS));
    }

    public String getAttachmentKind() {
        return attachmentKind;
    }

    public void setAttachmentKind(String attachmentKind) {
        this.attachmentKind = attachmentKind;
    }

    /** One team member besides the PI. */
    public static class MemberRow implements Serializable {
        private final String userId;
        private final String username;
        private final String displayName;
        private String role;

        MemberRow(String userId, String username, String displayName, String role) {
            this.userId = userId;
            this.username = username;
            this.displayName = displayName;
            this.role = role;
        }

        public String getUserId() { return userId; }
        public String getUsername() { return username == null ? userId : username; }
        public String getDisplayName() { return displayName == null ? "" : displayName; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
    }

    /** The amount of one budget category; blank for none. */
    public static class BudgetRow implements Serializable {
        private final String category;
        private String amount;

        BudgetRow(String category) {
            this.category = category;
        }

        public boolean isWellFormed() {
            return amount == null || amount.isBlank() || amount.strip().matches(Money.PATTERN);
        }

        public String getCategory() { return category; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount == null || amount.isBlank() ? null : amount.strip(); }
    }

    /** A person named by the applicant: an expert to exclude from the review. */
    public static class PersonRow implements Serializable {
        private final String userId;
        private final String username;
        private final String displayName;

        PersonRow(String userId, String username, String displayName) {
            this.userId = userId;
            this.username = username;
            this.displayName = displayName;
        }

        public String getUserId() { return userId; }
        public String getUsername() { return username == null ? userId : username; }
        public String getDisplayName() { return displayName == null ? "" : displayName; }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCallParam() { return callParam; }
    public void setCallParam(Long callParam) { this.callParam = callParam; }
    public Integer getStepParam() { return stepParam; }
    public void setStepParam(Integer stepParam) { this.stepParam = stepParam; }
    public int getStep() { return step; }
    public CallView getCall() { return call; }
    public String getStatus() { return status; }
    public Long getVersion() { return version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAbstractText() { return abstractText; }
    public void setAbstractText(String abstractText) { this.abstractText = abstractText; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getDiscipline() { return discipline; }
    public void setDiscipline(String discipline) { this.discipline = discipline; }
    public String getHostOrganizationId() { return hostOrganizationId; }
    public void setHostOrganizationId(String hostOrganizationId) { this.hostOrganizationId = hostOrganizationId; }
    public String getSelfRaised() { return selfRaised; }
    public void setSelfRaised(String selfRaised) { this.selfRaised = selfRaised; }
    public List<MemberRow> getTeam() { return team; }
    public String getMemberUsername() { return memberUsername; }
    public void setMemberUsername(String memberUsername) { this.memberUsername = memberUsername; }
    public String getMemberRole() { return memberRole; }
    public void setMemberRole(String memberRole) { this.memberRole = memberRole; }
    public List<BudgetRow> getBudget() { return budget; }
    public Map<String, String> getTargets() { return targets; }
    public List<String> getTargetNames() { return TARGETS; }
    public List<PersonRow> getExcluded() { return excluded; }
    public String getExcludedUsername() { return excludedUsername; }
    public void setExcludedUsername(String excludedUsername) { this.excludedUsername = excludedUsername; }
    public boolean isPledge() { return pledge; }
    public void setPledge(boolean pledge) { this.pledge = pledge; }
    public List<ApplicationView.Check> getChecks() { return checks; }
    public ApplicationView getPreview() { return preview; }
}
