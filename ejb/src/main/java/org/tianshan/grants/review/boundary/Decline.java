package org.tianshan.grants.review.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /reviews/{id}/decline}: why the expert cannot review it (回避, time, competence). */
public record Decline(@NotBlank @Size(max = 1000) String reason) {
}
