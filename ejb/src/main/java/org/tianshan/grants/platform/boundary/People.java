package org.tianshan.grants.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.platform.control.Registry;

import java.util.Optional;

/** Finding a person by username, e.g. to name the members of a team or the experts to exclude. */
@Stateless
public class People {

    @Inject
    Registry registry;

    /**
     * An active account by its username, as a {@link Person} without the birth date (no one else's
     * business); an inactive or unknown one is empty.
     */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
            Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Optional<Person> byUsername(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            return Optional.empty();
        }
        return registry.findAccount(username.strip()).filter(a -> a.active())
                .map(a -> new Person(a.id().toString(), a.username(), a.displayName(),
                        a.organizationId() == null ? null : a.organizationId().toString(), null));
    }
}
