package org.tianshan.grants.integrity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** {@code POST /integrity-records} (API.md): dates {@code YYYY-MM-DD}; no {@code until} = lifelong. */
public record NewIntegrityRecord(
        @NotNull @Pattern(regexp = "PERSON|ORGANIZATION") String subjectType,
        @NotBlank @Size(max = 20) String subjectId,
        @NotNull @Pattern(regexp = "SERIOUS|GENERAL") String severity,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull LocalDate from,
        LocalDate until) {
}
