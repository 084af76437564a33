package org.tianshan.grants.platform.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.platform.boundary.DisciplineView;
import org.tianshan.grants.platform.boundary.ReferenceData;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * /admin/disciplines: the GB/T 13745 code table (some 800 rows, read once and paged in the browser)
 * and adding a code under its parent.
 */
@Named("disciplinesScreen")
@ViewScoped
public class DisciplinesScreen implements Serializable {

    @Inject
    ReferenceData referenceData;

    private List<DisciplineView> all;
    private List<DisciplineView> filtered;

    private String code;
    private String name;
    private String nameEn;
    private String parentCode;

    public List<DisciplineView> getAll() {
        if (all == null) {
            List<DisciplineView> read = FacesErrors.attempt(referenceData::disciplines);
            all = read == null ? List.of() : read;
        }
        return all;
    }

    public void add() {
        DisciplineView added = FacesErrors.attempt(() -> referenceData.addDiscipline(new DisciplineView(
                strip(code), strip(name), strip(nameEn), strip(parentCode))));
        if (added != null) {
            Messages.info("discipline.added", added.code());
            code = null;
            name = null;
            nameEn = null;
            parentCode = null;
            all = null;
            filtered = null;
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<DisciplineView> getFiltered() { return filtered; }
    public void setFiltered(List<DisciplineView> filtered) { this.filtered = filtered; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) { this.parentCode = parentCode; }
}
