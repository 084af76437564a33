package org.tianshan.grants.catalog.boundary;

import java.util.List;

/** {@code GET /sections}: a section with its programmes. */
public record SectionView(String code, String name, String nameEn, List<ProgrammeSummary> programmes) {

    public record ProgrammeSummary(String code, String name, String nameEn, String fundingMode, String evaluationClass,
                                   boolean active) {
    }
}
