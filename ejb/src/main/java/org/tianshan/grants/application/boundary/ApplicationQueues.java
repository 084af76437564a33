package org.tianshan.grants.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.Caller;

import java.util.List;
import java.util.Optional;

/** The work queues of the gates after submission: what waits for the host unit, what waits for the formal check. */
@Stateless
public class ApplicationQueues {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    /**
     * The SUBMITTED applications hosted by the caller's own unit, oldest submission first: the research
     * office sees only its unit's (an admin without a unit sees none).
     */
    @RolesAllowed(Roles.UNIT_ADMIN)
    public Page<ApplicationSummary> forEndorsement(@NotNull PageRequest page) {
        Caller me = accounts.me();
        if (me.organizationId() == null) {
            return new Page<>(List.of(), 0);
        }
        long host = Long.parseLong(me.organizationId());
        return page(em.createNamedQuery(GrantApplication.QUEUE_OF_HOST, GrantApplication.class).setParameter("host", host),
                em.createNamedQuery(GrantApplication.COUNT_QUEUE_OF_HOST, Long.class).setParameter("host", host),
                ApplicationStatus.SUBMITTED, page);
    }

    /** The ENDORSED applications awaiting the formal check, of one call or of all, oldest submission first. */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public Page<ApplicationSummary> forFormalCheck(@NotNull Optional<Long> callId, @NotNull PageRequest page) {
        if (callId.isPresent()) {
            return page(em.createNamedQuery(GrantApplication.QUEUE_OF_CALL, GrantApplication.class).setParameter("call", callId.get()),
                    em.createNamedQuery(GrantApplication.COUNT_QUEUE_OF_CALL, Long.class).setParameter("call", callId.get()),
                    ApplicationStatus.ENDORSED, page);
        }
        return page(em.createNamedQuery(GrantApplication.QUEUE, GrantApplication.class),
                em.createNamedQuery(GrantApplication.COUNT_QUEUE, Long.class), ApplicationStatus.ENDORSED, page);
    }

    private static Page<ApplicationSummary> page(TypedQuery<GrantApplication> query, TypedQuery<Long> count,
                                                 ApplicationStatus status, PageRequest page) {
        List<ApplicationSummary> items = query.setParameter("status", status).setFirstResult(page.offset())
                .setMaxResults(page.size()).getResultList().stream().map(ApplicationSummary::of).toList();
        return new Page<>(items, count.setParameter("status", status).getSingleResult());
    }
}
