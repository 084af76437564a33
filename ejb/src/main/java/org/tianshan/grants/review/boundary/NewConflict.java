package org.tianshan.grants.review.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /experts/{id}/conflicts}: exactly one of an application, an organization or a person, and the reason. */
public record NewConflict(@Size(max = 20) String applicationId, @Size(max = 20) String organizationId,
                          @Size(max = 20) String personId, @NotBlank @Size(max = 1000) String reason) {
}
