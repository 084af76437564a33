package org.tianshan.grants.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.kernel.Forbidden;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.Caller;
import org.tianshan.grants.project.entity.Project;
import org.tianshan.grants.project.entity.SignatoryRole;

import java.util.List;
import java.util.Optional;

/**
 * Who may see, refine or sign a project (API.md: a caller outside an instance's circle gets 404, never
 * 403): its PI, the host unit's research office (UNIT_ADMIN of that organization) and bureau staff read
 * it; the PI refines the plan; PI, unit and bureau (a PROGRAM_OFFICER) each sign once.
 */
@Dependent
public class ProjectCircle {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    public Caller me() {
        return accounts.me();
    }

    /** The project if the caller is in its circle; anything else reads as not found. */
    public Project readable(long id) {
        Project project = em.find(Project.class, id);
        Caller me = me();
        if (project == null || !(isStaff(me) || isPi(project, me) || isUnit(project, me))) {
            throw new NotFound("project", id);
        }
        return project;
    }

    /** The project if the caller is its PI. */
    public Project asPi(long id) {
        Project project = em.find(Project.class, id);
        if (project == null || !isPi(project, me())) {
            throw new NotFound("project", id);
        }
        return project;
    }

    /**
     * The party the caller signs for: the one asked for, or else the first they may sign for (PI, UNIT,
     * BUREAU). Outside the circle: 404; in it but no signatory for that party (e.g. a director): 403.
     */
    public SignatoryRole signatory(Project project, Optional<SignatoryRole> asked) {
        Caller me = me();
        if (!(isStaff(me) || isPi(project, me) || isUnit(project, me))) {
            throw new NotFound("project", project.id());
        }
        List<SignatoryRole> mine = java.util.Arrays.stream(SignatoryRole.values()).filter(r -> switch (r) {
            case PI -> isPi(project, me);
            case UNIT -> isUnit(project, me);
            case BUREAU -> me.roles().contains(Role.PROGRAM_OFFICER);
        }).toList();
        if (asked.isPresent() ? !mine.contains(asked.get()) : mine.isEmpty()) {
            throw new Forbidden("NOT_A_SIGNATORY", "you do not sign project " + project.id() + asked.map(r -> " as " + r).orElse(""));
        }
        return asked.orElse(mine.get(0));
    }

    public boolean isStaff(Caller me) {
        return Roles.isStaff(role -> me.roles().stream().anyMatch(r -> r.name().equals(role)));
    }

    static boolean isPi(Project project, Caller me) {
        return Long.toString(project.piAccountId()).equals(me.id());
    }

    static boolean isUnit(Project project, Caller me) {
        return me.roles().contains(Role.UNIT_ADMIN) && Long.toString(project.hostOrganizationId()).equals(me.organizationId());
    }
}
