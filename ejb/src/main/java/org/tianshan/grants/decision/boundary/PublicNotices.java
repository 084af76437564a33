package org.tianshan.grants.decision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.decision.control.NoticeClosing;
import org.tianshan.grants.decision.entity.FundingPlan;
import org.tianshan.grants.decision.entity.NoticeStatus;
import org.tianshan.grants.decision.entity.PlanItem;
import org.tianshan.grants.decision.entity.PublicNotice;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.platform.boundary.Accounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public notice (公示): everyone, without sign-in, reads the current notices and their funded
 * projects; the officer closes one early once every objection is resolved (its timer closes it at its
 * end otherwise).
 */
@Stateless
public class PublicNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    NoticeClosing closing;

    /** The notices running now, newest first — public. */
    @PermitAll
    public Page<NoticeView> current(@NotNull PageRequest page) {
        List<NoticeView> items = em.createNamedQuery(PublicNotice.BY_STATUS, PublicNotice.class).setParameter("status", NoticeStatus.OPEN)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(this::view).toList();
        return new Page<>(items, em.createNamedQuery(PublicNotice.COUNT_BY_STATUS, Long.class).setParameter("status", NoticeStatus.OPEN)
                .getSingleResult());
    }

    /** One notice, running or closed — public. */
    @PermitAll
    public NoticeView find(long id) {
        return view(notice(id));
    }

    /**
     * The officer ends a notice (early, or after its period when objections held it open): 409
     * OPEN_OBJECTIONS while one is unresolved. Funded applications become APPROVED with a project each,
     * the call's other reviewed applications NOT_FUNDED.
     */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public NoticeView close(long id) {
        PublicNotice notice = notice(id);
        closing.close(notice, accounts.me().username(), "closed by the officer");
        return view(notice);
    }

    PublicNotice notice(long id) {
        PublicNotice notice = em.find(PublicNotice.class, id);
        if (notice == null) {
            throw new NotFound("public notice", id);
        }
        return notice;
    }

    /** The plan's applications still funded (IN_PUBLIC_NOTICE, or APPROVED once closed), with host unit and PI names. */
    NoticeView view(PublicNotice notice) {
        FundingPlan plan = em.find(FundingPlan.class, notice.planId());
        Map<Long, PlanItem> items = new HashMap<>();
        plan.items().forEach(i -> items.put(i.applicationId(), i));
        List<Object[]> rows = items.isEmpty() ? List.of() : em.createQuery("select a.id, a.title, o.name, p.displayName, a.status "
                        + "from GrantApplication a, Account p, Organization o where a.id in :ids and p.id = a.piAccountId "
                        + "and o.id = a.hostOrganizationId order by a.id", Object[].class)
                .setParameter("ids", items.keySet()).getResultList();
        List<NoticeView.Item> listed = rows.stream()
                .filter(r -> r[4] == ApplicationStatus.IN_PUBLIC_NOTICE || r[4] == ApplicationStatus.APPROVED)
                .sorted((a, b) -> Integer.compare(items.get(((Number) a[0]).longValue()).seq(), items.get(((Number) b[0]).longValue()).seq()))
                .map(r -> new NoticeView.Item(r[0].toString(), (String) r[1], (String) r[2], (String) r[3],
                        items.get(((Number) r[0]).longValue()).amount().toString())).toList();
        Money total = listed.stream().map(i -> Money.parse(i.amount())).reduce(Money.ZERO, Money::plus);
        String callTitle = em.createQuery("select c.title from GrantCall c where c.id = :id", String.class)
                .setParameter("id", notice.callId()).getSingleResult();
        return new NoticeView(notice.id().toString(), Long.toString(notice.callId()), callTitle, notice.status().name(),
                notice.startsAt(), notice.endsAt(), total.toString(), listed);
    }
}
