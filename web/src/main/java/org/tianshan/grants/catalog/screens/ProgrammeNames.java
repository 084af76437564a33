package org.tianshan.grants.catalog.screens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.catalog.boundary.PublicCatalog;
import org.tianshan.grants.catalog.boundary.SectionView;
import org.tianshan.grants.web.screens.LocaleBean;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A programme's name in the screen language, for pages anyone may read (the public call pages too); read once per request. */
@Named("programmeNames")
@RequestScoped
public class ProgrammeNames {

    @Inject
    PublicCatalog catalog;

    @Inject
    LocaleBean locale;

    private final Map<String, Optional<SectionView.ProgrammeSummary>> read = new HashMap<>();

    public String label(String code) {
        if (code == null) {
            return "";
        }
        return read.computeIfAbsent(code, catalog::programme)
                .map(p -> locale.isEnglish() && p.nameEn() != null && !p.nameEn().isBlank() ? p.nameEn() : p.name())
                .orElse(code);
    }
}
