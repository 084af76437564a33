package org.tianshan.grants.catalog.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.catalog.entity.EvaluationClass;
import org.tianshan.grants.catalog.entity.FundingMode;
import org.tianshan.grants.catalog.entity.TrancheCondition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A programme with all its rules: {@code GET /programmes/{code}}, and the body of {@code PUT}
 * (code, section and funding mode are its identity and stay; money as strings with 2 decimals).
 * Elements of the lists are checked by {@link Catalog#revise}: Payara's OpenAPI generator fails on
 * constraints placed on type arguments.
 */
public record ProgrammeView(
        String code,
        String sectionCode,
        String catalogCode,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String nameEn,
        @Size(max = 2000) String description,
        FundingMode fundingMode,
        @NotNull EvaluationClass evaluationClass,
        @Min(1) @Max(20) int maxPiPerCall,
        @Min(1) @Max(20) int maxPiPerSection,
        @Min(0) @Max(50) int maxAsMember,
        @Min(18) @Max(100) Integer maxAge,
        @DecimalMin("0.00") @DecimalMax("10.00") @Digits(integer = 3, fraction = 2) BigDecimal minCoFundingRatio,
        Set<String> eligibleUnitTypes,
        @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) String defaultCeiling,
        @Min(1) @Max(60) int publicNoticeDays,
        boolean callApprovalRequired,
        boolean active,
        @NotNull @Size(max = 10) @Valid List<Bracket> indirectCostBrackets,
        @NotNull @Size(max = 10) @Valid List<Tranche> tranches,
        long version) {

    /** {@code upTo} null: the unbounded last bracket. */
    public record Bracket(
            @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) String upTo,
            @NotNull @DecimalMin("0") @DecimalMax("0.6") @Digits(integer = 1, fraction = 4) BigDecimal rate) {
    }

    public record Tranche(
            @Min(1) int no,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal share,
            @NotNull TrancheCondition condition) {
    }
}
