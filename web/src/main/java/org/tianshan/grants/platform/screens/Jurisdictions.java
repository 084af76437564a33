package org.tianshan.grants.platform.screens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.platform.boundary.JurisdictionView;
import org.tianshan.grants.platform.boundary.ReferenceData;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.LocaleBean;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The jurisdiction tree for selects and labels, named in the screen language; read once per request. */
@Named("jurisdictions")
@RequestScoped
public class Jurisdictions {

    @Inject
    ReferenceData referenceData;

    @Inject
    LocaleBean locale;

    private List<JurisdictionView> all;
    private Map<String, JurisdictionView> byCode;

    public List<JurisdictionView> getAll() {
        if (all == null) {
            List<JurisdictionView> read = FacesErrors.attempt(referenceData::jurisdictions);
            all = read == null ? List.of() : read;
            byCode = all.stream().collect(Collectors.toMap(JurisdictionView::code, Function.identity(), (a, b) -> a));
        }
        return all;
    }

    /** Name in the screen language, indented by level so the tree reads in a flat select. */
    public String option(JurisdictionView j) {
        int depth = 0;
        for (String parent = j.parentCode(); parent != null && byCode.containsKey(parent); parent = byCode.get(parent).parentCode()) {
            depth++;
        }
        return "\u3000".repeat(depth) + name(j);
    }

    public String label(String code) {
        if (code == null) {
            return "";
        }
        getAll();
        JurisdictionView j = byCode.get(code);
        return j == null ? code : name(j);
    }

    private String name(JurisdictionView j) {
        return locale.isEnglish() && j.nameEn() != null && !j.nameEn().isBlank() ? j.nameEn() : j.name();
    }
}
