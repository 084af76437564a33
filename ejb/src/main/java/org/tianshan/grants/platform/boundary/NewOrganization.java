package org.tianshan.grants.platform.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tianshan.grants.platform.entity.OrganizationType;

/** {@code POST /organizations}. */
public record NewOrganization(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "must be an 18-character unified social credit code") String creditCode,
        @NotNull OrganizationType type,
        @NotBlank @Size(max = 20) String jurisdiction) {
}
