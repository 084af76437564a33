package org.tianshan.grants.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.Caller;

/**
 * Who may see or change an application (API.md: a caller outside an instance's circle gets 404,
 * never 403): its PI changes it; the PI and team, the host unit's research office (once submitted)
 * and staff read it.
 */
@Dependent
public class ApplicationCircle {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    /** The application if the caller is its PI; anything else reads as not found. */
    public GrantApplication asPi(long id) {
        GrantApplication application = em.find(GrantApplication.class, id);
        if (application == null || application.piAccountId() != Long.parseLong(accounts.me().id())) {
            throw new NotFound("application", id);
        }
        return application;
    }

    /** The application if the caller is in its circle: PI or team, the host unit's research office, staff. */
    public GrantApplication readable(long id) {
        GrantApplication application = em.find(GrantApplication.class, id);
        if (application == null) {
            throw new NotFound("application", id);
        }
        Caller me = accounts.me();
        if (isStaff(me)) {
            return application;
        }
        boolean unit = me.roles().contains(Role.UNIT_ADMIN) && application.hostOrganizationId() != null
                && application.hostOrganizationId().toString().equals(me.organizationId())
                && application.status() != ApplicationStatus.DRAFT;
        if (!application.isOnTeam(Long.parseLong(me.id())) && !unit) {
            throw new NotFound("application", id);
        }
        return application;
    }

    /** Bureau staff: officers, directors, finance, audit. */
    public boolean isStaff() {
        return isStaff(accounts.me());
    }

    private static boolean isStaff(Caller me) {
        return Roles.isStaff(role -> me.roles().stream().anyMatch(r -> r.name().equals(role)));
    }
}
