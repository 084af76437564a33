package org.tianshan.grants.integrity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.integrity.entity.IntegrityRecord;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.Organizations;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Integrity records: entered by programme officers and administrators, read by staff. */
@Stateless
public class IntegrityRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Organizations organizations;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Records an integrity finding on an existing person or organization; the period must not end before it starts (400). */
    @RolesAllowed({Roles.PROGRAM_OFFICER, Roles.ADMIN})
    public IntegrityRecordView create(@NotNull @Valid NewIntegrityRecord request) {
        long subject;
        try {
            subject = Long.parseLong(request.subjectId());
        } catch (NumberFormatException e) {
            throw new InvalidInput("subjectId", "not an id");
        }
        boolean exists = "PERSON".equals(request.subjectType()) ? accounts.person(subject).isPresent() : organizationExists(subject);
        if (!exists) {
            throw new InvalidInput("subjectId", "no " + request.subjectType().toLowerCase() + " " + subject);
        }
        if (request.until() != null && request.until().isBefore(request.from())) {
            throw new InvalidInput("until", "must not be before from");
        }
        IntegrityRecord record = new IntegrityRecord(request.subjectType(), subject, request.severity(), request.reason().strip(),
                request.from(), request.until(), session.getCallerPrincipal().getName(), clock.instant());
        em.persist(record);
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("subject", request.subjectType() + ":" + subject);
        detail.put("severity", request.severity());
        detail.put("period", request.from() + "/" + (request.until() == null ? "lifelong" : request.until()));
        events.fire(new DomainEvent("INTEGRITY_RECORDED", "IntegrityRecord", record.id().toString(), detail));
        return IntegrityRecordView.of(record);
    }

    @RolesAllowed({Roles.PROGRAM_OFFICER, Roles.DIRECTOR, Roles.AUDITOR, Roles.ADMIN})
    public Page<IntegrityRecordView> list(@NotNull PageRequest page) {
        List<IntegrityRecordView> items = em.createNamedQuery(IntegrityRecord.ALL, IntegrityRecord.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(IntegrityRecordView::of).toList();
        return new Page<>(items, em.createNamedQuery(IntegrityRecord.COUNT, Long.class).getSingleResult());
    }

    private boolean organizationExists(long id) {
        try {
            organizations.find(id);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }
}
