package org.tianshan.grants.platform.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tianshan.grants.kernel.Role;

import java.time.LocalDate;
import java.util.Set;

/** {@code POST /users}. */
public record NewAccount(
        @NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,64}", message = "3 to 64 letters, digits, '.', '_' or '-'") String username,
        @NotNull @Size(min = 8, max = 128) String password,
        @NotBlank @Size(max = 100) String displayName,
        @NotEmpty Set<Role> roles,
        @Size(max = 20) String organizationId,
        @Past LocalDate birthDate,
        @Size(max = 50) Set<String> disciplines,
        @Email @Size(max = 200) String email) {
}
