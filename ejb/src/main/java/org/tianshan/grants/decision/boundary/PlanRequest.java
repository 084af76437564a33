package org.tianshan.grants.decision.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tianshan.grants.kernel.Money;
import java.util.List;

/**
 * {@code POST /calls/{id}/funding-plan}: the applications to fund and their amounts (yuan, 2 decimals at
 * most, positive); an amount below the request needs the {@code reason} for the cut.
 */
public record PlanRequest(@NotNull @Size(min = 1, max = 5000) @Valid List<Item> items) {

    public record Item(@NotBlank @Size(max = 20) String applicationId,
                       @NotNull @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) String amount,
                       @Size(max = 1000) String reason) {
    }
}
