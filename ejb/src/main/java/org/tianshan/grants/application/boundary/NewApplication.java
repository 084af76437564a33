package org.tianshan.grants.application.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tianshan.grants.kernel.Money;

import java.util.List;

/**
 * {@code POST /applications} and {@code PUT /applications/{id}} (API.md). A draft may be incomplete;
 * completeness is a submission rule. {@code version} on PUT: the version read (409 when stale).
 * {@code targets} is optional (absent: none promised).
 */
public record NewApplication(
        @NotBlank @Size(max = 20) String callId,
        @Size(max = 300) String title,
        @JsonbProperty("abstract") @Size(max = 10000) String abstractText,
        @Size(max = 10) List<String> keywords,
        @Size(max = 10) String discipline,
        @Size(max = 20) String hostOrganizationId,
        @Size(max = 50) @Valid List<Member> team,
        @Size(max = 30) @Valid List<Line> budget,
        @Size(max = 3, message = "at most 3 experts may be excluded") List<String> excludedExperts,
        @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) String selfRaised,
        Long version,
        @Valid Targets targets) {

    public record Member(@NotBlank @Size(max = 20) String userId,
                         @NotNull @Pattern(regexp = "CO_PI|MEMBER|STUDENT") String role) {
    }

    /**
     * The optional performance targets (绩效目标) the applicant promises; each field may be left out. The
     * contract's KPIs start from them and may never fall below them.
     */
    public record Targets(@Min(0) @Max(100000) Integer papers,
                          @Min(0) @Max(100000) Integer patents,
                          @Min(0) @Max(100000) Integer standards,
                          @Min(0) @Max(100000) Integer products,
                          @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) String transferIncome,
                          @Min(0) @Max(1000000) Integer peopleTrained) {
    }

    public record Line(@NotNull @Pattern(regexp = "EQUIPMENT|BUSINESS|LABOUR|CONSULTANCY|INDIRECT") String category,
                       @NotNull @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) String amount) {
    }
}
