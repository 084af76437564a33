package org.tianshan.grants.review.screens;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.platform.boundary.DisciplineView;
import org.tianshan.grants.platform.boundary.OrganizationView;
import org.tianshan.grants.platform.boundary.Organizations;
import org.tianshan.grants.platform.boundary.People;
import org.tianshan.grants.platform.boundary.Person;
import org.tianshan.grants.platform.boundary.ReferenceData;
import org.tianshan.grants.review.boundary.ConflictView;
import org.tianshan.grants.review.boundary.ExpertView;
import org.tianshan.grants.review.boundary.Experts;
import org.tianshan.grants.review.boundary.NewConflict;
import org.tianshan.grants.review.boundary.NewExpert;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.LocaleBean;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /expert/profile.xhtml (专家信息): the signed-in expert's own profile in the pool — disciplines from the
 * reference list, keywords, title, the window they can review in, whether they take invitations — and
 * their declared conflicts of interest (回避声明). Declaring one takes the unsubmitted reviews it touches
 * off the expert; the screen says how many.
 */
@Named("expertProfile")
@ViewScoped
public class ExpertProfileScreen implements Serializable {

    /** What a conflict is declared with: exactly one of these. */
    public enum ConflictKind { ORGANIZATION, PERSON, APPLICATION }

    @Inject
    Experts experts;

    @Inject
    ReferenceData referenceData;

    @Inject
    Organizations organizations;

    @Inject
    People people;

    @Inject
    LocaleBean locale;

    private ExpertView expert;
    private boolean inPool;
    private List<String> disciplines = new ArrayList<>();
    private String keywords;
    private String proTitle;
    private LocalDate availableFrom;
    private LocalDate availableUntil;
    private boolean active = true;

    private List<ConflictView> conflicts = List.of();
    private ConflictKind conflictKind = ConflictKind.ORGANIZATION;
    private String conflictOrganizationId;
    private String conflictUsername;
    private String conflictApplicationId;
    private String conflictReason;

    private List<DisciplineView> disciplineOptions;
    private Map<String, String> organizationOptions;

    @PostConstruct
    void read() {
        try {
            show(experts.mine());
            inPool = true;
        } catch (NotFound e) {
            inPool = false;   // the screen says so; an officer adds experts to the pool
            return;
        }
        readConflicts();
    }

    /** Saves the profile; a stale version (someone edited it meanwhile) is a message and a reload. */
    public void save() {
        if (expert == null) {
            return;
        }
        List<String> words = keywords == null ? List.of()
                : Arrays.stream(keywords.split("[;；,，、\\n]")).map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
        NewExpert request = new NewExpert(null, List.copyOf(disciplines), words, blankToNull(proTitle), expert.region(),
                availableFrom, availableUntil, active, expert.version());
        long id = Long.parseLong(expert.id());
        ExpertView saved = FacesErrors.attempt(() -> experts.update(id, request));
        if (saved != null) {
            show(saved);
            Messages.info("expertProfile.saved");
        }
    }

    public void reload() {
        ExpertView read = FacesErrors.attempt(experts::mine);
        if (read != null) {
            show(read);
        }
    }

    /** Declares a conflict with one organization, person or application, with the reason. */
    public void declare() {
        if (expert == null) {
            return;
        }
        if (conflictReason == null || conflictReason.isBlank()) {
            refuse("expertProfile.conflict.reasonRequired");
            return;
        }
        String organization = null;
        String person = null;
        String application = null;
        switch (conflictKind) {
            case ORGANIZATION:
                organization = blankToNull(conflictOrganizationId);
                break;
            case PERSON:
                if (conflictUsername != null && !conflictUsername.isBlank()) {
                    String username = conflictUsername.strip();
                    Optional<Person> found = FacesErrors.attempt(() -> people.byUsername(username));
                    if (found == null) {
                        return;
                    }
                    if (found.isEmpty()) {
                        refuse("expertProfile.conflict.noSuchPerson", username);
                        return;
                    }
                    person = found.get().id();
                }
                break;
            default:
                application = blankToNull(conflictApplicationId);
        }
        if (organization == null && person == null && application == null) {
            refuse("expertProfile.conflict.targetRequired");
            return;
        }
        NewConflict request = new NewConflict(application, organization, person, conflictReason.strip());
        long id = Long.parseLong(expert.id());
        ConflictView declared = FacesErrors.attempt(() -> experts.declare(id, request));
        if (declared != null) {
            int replaced = declared.replacedReviews() == null ? 0 : declared.replacedReviews().size();
            Messages.info("expertProfile.conflict.declared", replaced);
            conflictOrganizationId = null;
            conflictUsername = null;
            conflictApplicationId = null;
            conflictReason = null;
            readConflicts();
        }
    }

    private void readConflicts() {
        long id = Long.parseLong(expert.id());
        List<ConflictView> read = FacesErrors.attempt(() -> experts.conflicts(id));
        conflicts = read == null ? List.of() : read;
    }

    private void show(ExpertView view) {
        expert = view;
        disciplines = new ArrayList<>(view.disciplines());
        keywords = String.join("；", view.keywords());
        proTitle = view.title();
        availableFrom = view.availableFrom();
        availableUntil = view.availableUntil();
        active = view.active();
    }

    private static void refuse(String key, Object... args) {
        Messages.error(key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- options and labels

    public List<DisciplineView> getDisciplineOptions() {
        if (disciplineOptions == null) {
            List<DisciplineView> read = FacesErrors.attempt(referenceData::disciplines);
            disciplineOptions = read == null ? List.of() : read;
        }
        return disciplineOptions;
    }

    /** "52020 人工智能", second-level codes indented under their first level. */
    public String disciplineOption(DisciplineView d) {
        String name = locale.isEnglish() && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.name();
        return "\u3000".repeat((d.code().length() - 3) / 2) + d.code() + " " + name;
    }

    /** The registered, active units (first page), by id. */
    public Map<String, String> getOrganizationOptions() {
        if (organizationOptions == null) {
            organizationOptions = new LinkedHashMap<>();
            Page<OrganizationView> page = FacesErrors.attempt(() -> organizations.list(new PageRequest(0, PageRequest.MAX_SIZE)));
            if (page != null) {
                page.items().stream().filter(OrganizationView::active).forEach(o -> organizationOptions.put(o.id(), o.name()));
            }
        }
        return organizationOptions;
    }

    public List<String> getOrganizationIds() {
        return new ArrayList<>(getOrganizationOptions().keySet());
    }

    public ConflictKind[] getConflictKinds() {
        return ConflictKind.values();
    }

    /** What a declared conflict is with, as its kind names it. */
    public String kindOf(ConflictView c) {
        return (c.organizationId() != null ? ConflictKind.ORGANIZATION
                : c.personId() != null ? ConflictKind.PERSON : ConflictKind.APPLICATION).name();
    }

    public boolean isInPool() { return inPool; }
    public ExpertView getExpert() { return expert; }
    public List<String> getDisciplines() { return disciplines; }
    public void setDisciplines(List<String> disciplines) { this.disciplines = disciplines == null ? new ArrayList<>() : disciplines; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getProTitle() { return proTitle; }
    public void setProTitle(String proTitle) { this.proTitle = proTitle; }
    public LocalDate getAvailableFrom() { return availableFrom; }
    public void setAvailableFrom(LocalDate availableFrom) { this.availableFrom = availableFrom; }
    public LocalDate getAvailableUntil() { return availableUntil; }
    public void setAvailableUntil(LocalDate availableUntil) { this.availableUntil = availableUntil; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<ConflictView> getConflicts() { return conflicts; }
    public ConflictKind getConflictKind() { return conflictKind; }
    public void setConflictKind(ConflictKind conflictKind) { this.conflictKind = conflictKind == null ? ConflictKind.ORGANIZATION : conflictKind; }
    public String getConflictOrganizationId() { return conflictOrganizationId; }
    public void setConflictOrganizationId(String conflictOrganizationId) { this.conflictOrganizationId = conflictOrganizationId; }
    public String getConflictUsername() { return conflictUsername; }
    public void setConflictUsername(String conflictUsername) { this.conflictUsername = conflictUsername; }
    public String getConflictApplicationId() { return conflictApplicationId; }
    public void setConflictApplicationId(String conflictApplicationId) { this.conflictApplicationId = conflictApplicationId; }
    public String getConflictReason() { return conflictReason; }
    public void setConflictReason(String conflictReason) { this.conflictReason = conflictReason; }
}
