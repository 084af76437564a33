package org.tianshan.grants.review.screens;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.tianshan.grants.platform.boundary.DisciplineView;
import org.tianshan.grants.platform.boundary.People;
import org.tianshan.grants.platform.boundary.Person;
import org.tianshan.grants.platform.boundary.ReferenceData;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.review.boundary.ExpertView;
import org.tianshan.grants.review.boundary.Experts;
import org.tianshan.grants.review.boundary.NewExpert;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.LocaleBean;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * /officer/experts.xhtml (专家库): the pool, paged, filtered by a discipline code prefix; adding an
 * account with the role EXPERT (named by username or user id) and editing a profile — disciplines,
 * keywords, title, region and the window in which the expert can review.
 */
@Named("expertPool")
@ViewScoped
public class ExpertPoolScreen implements Serializable {

    private static final String TABLE = ":expertsForm:experts";

    @Inject
    Experts experts;

    @Inject
    People people;

    @Inject
    ReferenceData referenceData;

    @Inject
    LocaleBean locale;

    private BoundaryPages<ExpertView> list;
    private String discipline;
    private List<DisciplineView> disciplines;

    /** The profile being edited; null while adding one. */
    private ExpertView editing;
    private String user;
    private List<String> chosenDisciplines = new ArrayList<>();
    private String keywords;
    private String title;
    private String region;
    private LocalDate availableFrom;
    private LocalDate availableUntil;
    private boolean active = true;

    public BoundaryPages<ExpertView> getList() {
        if (list == null) {
            Experts boundary = experts;
            list = new BoundaryPages<>(page -> boundary.list(discipline == null || discipline.isBlank() ? null : discipline.strip(), page));
        }
        return list;
    }

    /** A new filter starts on its first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void clearFilter() {
        discipline = null;
        filter();
    }

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

    public void startCreate() {
        editing = null;
        user = null;
        chosenDisciplines = new ArrayList<>();
        keywords = null;
        title = null;
        region = null;
        availableFrom = null;
        availableUntil = null;
        active = true;
    }

    public void startEdit(ExpertView row) {
        ExpertView fresh = FacesErrors.attempt(() -> experts.find(Long.parseLong(row.id())));
        if (fresh == null) {
            return;
        }
        editing = fresh;
        user = fresh.username();
        chosenDisciplines = new ArrayList<>(fresh.disciplines());
        keywords = String.join("；", fresh.keywords());
        title = fresh.title();
        region = fresh.region();
        availableFrom = fresh.availableFrom();
        availableUntil = fresh.availableUntil();
        active = fresh.active();
    }

    /** Adds the expert, or saves the edited profile against the version read (a stale one is refused). */
    public void save() {
        if (editing == null) {
            Optional<String> userId = userId();
            if (userId.isEmpty()) {
                Messages.error("expertPool.noSuchUser", user == null ? "" : user.strip());
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            ExpertView created = FacesErrors.attempt(() -> experts.create(request(userId.get(), null)));
            if (created != null) {
                Messages.info("expertPool.added", created.displayName());
                startCreate();
            }
        } else {
            long id = Long.parseLong(editing.id());
            ExpertView saved = FacesErrors.attempt(() -> experts.update(id, request(null, editing.version())));
            if (saved != null) {
                Messages.info("expertPool.saved", saved.displayName());
                editing = null;
            }
        }
    }

    /** The account named by its user id (digits) or its username. */
    private Optional<String> userId() {
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        String named = user.strip();
        if (named.matches("\\d{1,18}")) {
            return Optional.of(named);
        }
        Optional<Person> person = FacesErrors.attempt(() -> people.byUsername(named));
        return person == null ? Optional.empty() : person.map(Person::id);
    }

    private NewExpert request(String userId, Long version) {
        List<String> words = keywords == null ? List.of()
                : Arrays.stream(keywords.split("[；;，,、\\s]+")).map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
        return new NewExpert(userId, List.copyOf(chosenDisciplines), words, blankToNull(title), blankToNull(region),
                availableFrom, availableUntil, active, version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isEditing() { return editing != null; }
    public ExpertView getEditing() { return editing; }

    /** Whom the dialog edits: "display name (username)". */
    public String getEditingLabel() {
        return editing == null ? "" : editing.displayName() + " (" + editing.username() + ")";
    }

    public String getDiscipline() { return discipline; }
    public void setDiscipline(String discipline) { this.discipline = discipline; }
    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; }
    public List<String> getChosenDisciplines() { return chosenDisciplines; }
    public void setChosenDisciplines(List<String> chosen) { this.chosenDisciplines = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen); }
    public String getKeywords() { return keywords; }
    public void setKeywords(String keywords) { this.keywords = keywords; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public LocalDate getAvailableFrom() { return availableFrom; }
    public void setAvailableFrom(LocalDate availableFrom) { this.availableFrom = availableFrom; }
    public LocalDate getAvailableUntil() { return availableUntil; }
    public void setAvailableUntil(LocalDate availableUntil) { this.availableUntil = availableUntil; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
