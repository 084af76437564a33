package org.tianshan.grants.platform.boundary;

import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.platform.entity.Account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** An account as admins see it; never the password hash. */
public record AccountView(String id, String username, String displayName, Set<Role> roles, String organizationId,
                          LocalDate birthDate, String email, Set<String> disciplines, boolean active,
                          Instant lockedUntil, long version) {

    static AccountView of(Account a) {
        return new AccountView(a.id().toString(), a.username(), a.displayName(), new TreeSet<>(a.roles()),
                a.organizationId() == null ? null : a.organizationId().toString(), a.birthDate(), a.email(),
                new TreeSet<>(a.disciplines()), a.active(), a.lockedUntil(), a.version());
    }
}
