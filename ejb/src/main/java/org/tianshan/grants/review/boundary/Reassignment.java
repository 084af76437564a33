package org.tianshan.grants.review.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /reviews/{id}/reassign}: the officer swaps the expert by hand, with a reason; the rules still apply. */
public record Reassignment(@NotBlank @Size(max = 20) String expertId, @NotBlank @Size(max = 1000) String reason) {
}
