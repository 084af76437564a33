package org.tianshan.grants.platform.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tianshan.grants.platform.entity.OrganizationType;

/** {@code PUT /organizations/{id}}: what an admin may change (the credit code is the identity and stays). */
public record OrganizationChange(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganizationType type,
        @NotBlank @Size(max = 20) String jurisdiction,
        boolean active,
        long version) {
}
