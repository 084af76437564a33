package org.tianshan.grants.platform.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.tianshan.grants.kernel.Role;

import java.time.LocalDate;
import java.util.Set;

/** {@code PUT /users/{id}}: an admin's edit; a new password is optional and also unlocks the account. */
public record AccountChange(
        @NotBlank @Size(max = 100) String displayName,
        @NotEmpty Set<Role> roles,
        @Size(max = 20) String organizationId,
        @Past LocalDate birthDate,
        @Size(max = 50) Set<String> disciplines,
        @Email @Size(max = 200) String email,
        boolean active,
        @Size(min = 8, max = 128) String newPassword,
        long version) {
}
