package org.tianshan.grants.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.control.Registry;
import org.tianshan.grants.platform.entity.Organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** Organizations (host units, the bureau, …), administered by ADMIN, readable by every signed-in user. */
@Stateless
public class Organizations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Registry registry;

    @Inject
    Event<DomainEvent> events;

    /** Registers an organization; its credit code must be valid (check character) and not yet registered. */
    @RolesAllowed(Roles.ADMIN)
    public OrganizationView create(@NotNull @Valid NewOrganization request) {
        return OrganizationView.of(registry.registerOrganization(request.name(), request.creditCode(), request.type(),
                request.jurisdiction()));
    }

    /** Changes name, type, jurisdiction or active flag; refuses a stale version (409). */
    @RolesAllowed(Roles.ADMIN)
    public OrganizationView revise(long id, @NotNull @Valid OrganizationChange change) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFound("organization", id);
        }
        if (organization.version() != change.version()) {
            throw StateConflict.staleVersion("organization", id);
        }
        List<Violation> problems = new ArrayList<>();
        registry.requireJurisdiction(change.jurisdiction(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        organization.revise(change.name().strip(), change.type(), change.jurisdiction(), change.active());
        events.fire(new DomainEvent("ORGANIZATION_REVISED", "Organization", Long.toString(id),
                Map.of("name", change.name(), "type", change.type().name(), "jurisdiction", change.jurisdiction(),
                        "active", Boolean.toString(change.active()))));
        em.flush();
        return OrganizationView.of(organization);
    }

    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
            Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Page<OrganizationView> list(@NotNull PageRequest page) {
        List<OrganizationView> items = em.createNamedQuery(Organization.ALL, Organization.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(OrganizationView::of).toList();
        return new Page<>(items, em.createNamedQuery(Organization.COUNT, Long.class).getSingleResult());
    }

    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
            Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public OrganizationView find(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFound("organization", id);
        }
        return OrganizationView.of(organization);
    }

    /** The organization if it exists: for rules that treat a missing unit as a violation, not as an error. */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
            Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Optional<OrganizationView> lookup(long id) {
        return Optional.ofNullable(em.find(Organization.class, id)).map(OrganizationView::of);
    }
}
