package org.tianshan.grants.decision.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /objections/{id}/resolution}: UPHELD or DISMISSED, and the written reply to the objector. */
public record Resolution(@NotNull @Pattern(regexp = "UPHELD|DISMISSED", message = "UPHELD or DISMISSED") String decision,
                         @NotBlank @Size(max = 5000) String comment) {
}
