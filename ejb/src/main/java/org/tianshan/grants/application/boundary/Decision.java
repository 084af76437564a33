package org.tianshan.grants.application.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code /endorsement} ({@code ENDORSE|RETURN|REJECT}) and {@code /formal-check}
 * ({@code ACCEPT|RETURN|INELIGIBLE}); a RETURN or a refusal must give its reasons in {@code comment}.
 */
public record Decision(@NotNull @Pattern(regexp = "[A-Z_]{1,20}") String decision, @Size(max = 2000) String comment) {
}
