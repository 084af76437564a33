package org.tianshan.grants.call.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.call.entity.Call;
import org.tianshan.grants.call.entity.CallStatus;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;

import java.util.List;

/**
 * Calls as the public reads them, without signing in (申报指南 are published openly): only what has been
 * published — OPEN and CLOSED calls. Drafts and calls awaiting approval stay with the staff ({@link Calls}).
 */
@Stateless
@PermitAll
public class PublicCalls {

    @PersistenceContext
    EntityManager em;

    /** The OPEN calls, soonest deadline first, paged; anyone may read them. */
    public Page<CallView> open(@NotNull PageRequest page) {
        List<CallView> items = em.createNamedQuery(Call.BY_STATUS, Call.class).setParameter("status", CallStatus.OPEN)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(CallView::of).toList();
        long total = em.createNamedQuery(Call.COUNT_BY_STATUS, Long.class).setParameter("status", CallStatus.OPEN).getSingleResult();
        return new Page<>(items, total);
    }

    /** One published call (OPEN or CLOSED); a draft, a call awaiting approval or an unknown id reads as not found. */
    public CallView find(long id) {
        Call call = em.find(Call.class, id);
        if (call == null || (call.status() != CallStatus.OPEN && call.status() != CallStatus.CLOSED)) {
            throw new NotFound("call", id);
        }
        return CallView.of(call);
    }
}
