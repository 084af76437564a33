package org.tianshan.grants.decision.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /public-notices/{id}/objections}: which listed project, and why (异议理由). */
public record ObjectionRequest(@NotBlank @Size(max = 20) String applicationId, @NotBlank @Size(min = 5, max = 5000) String reason) {
}
