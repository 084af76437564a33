package org.tianshan.grants.call.boundary;

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

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code POST /calls}. Money as strings with at most 2 decimals; times ISO-8601 with offset.
 * {@code dispersionThreshold}: the standard deviation of the reviews' weighted scores (0–100) above which
 * an application is flagged for the panel; 15.00 when absent.
 */
public record NewCall(
        @NotBlank @Size(max = 60) String programmeCode,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20000) String guide,
        @Size(max = 20) List<String> topics,
        @NotNull OffsetDateTime opensAt,
        @NotNull OffsetDateTime closesAt,
        @NotNull @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) String ceiling,
        @NotNull @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) String totalBudget,
        @NotNull @Min(1) @Max(15) Integer reviewersPerApplication,
        @Min(1) @Max(200) Integer maxPerExpert,
        @NotNull @Size(min = 1, max = 20) @Valid List<Criterion> rubric,
        @Size(max = 20000) String challengeProblem,
        @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) String challengeBounty,
        @Min(1) @Max(20) Integer raceTeams,
        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal dispersionThreshold) {

    /** A rubric criterion: weight in whole percent, maxScore an integer. */
    public record Criterion(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_]{1,40}") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(100) Integer weight,
            @NotNull @Min(1) @Max(100) Integer maxScore) {
    }
}
