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
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.platform.entity.Discipline;
import org.tianshan.grants.platform.entity.Jurisdiction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The jurisdiction tree and the discipline code table. */
@Stateless
@RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
        Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    /** Every jurisdiction, parents before children (codes sort that way). */
    public List<JurisdictionView> jurisdictions() {
        return em.createNamedQuery(Jurisdiction.ALL, Jurisdiction.class).getResultList().stream()
                .map(j -> new JurisdictionView(j.code(), j.name(), j.nameEn(), j.level().name(), j.parentCode()))
                .toList();
    }

    /** Every discipline code, ordered by code. */
    public List<DisciplineView> disciplines() {
        return em.createNamedQuery(Discipline.ALL, Discipline.class).getResultList().stream()
                .map(d -> new DisciplineView(d.code(), d.name(), d.nameEn(), d.parentCode()))
                .toList();
    }

    /**
     * Adds a discipline code (e.g. a third-level one): the parent must exist and be exactly one level
     * up (3 → 5 → 7 digits); a first-level code has no parent.
     */
    @RolesAllowed(Roles.ADMIN)
    public DisciplineView addDiscipline(@NotNull @Valid DisciplineView request) {
        String code = request.code();
        String parent = request.parentCode();
        if (code.length() == 3 ? parent != null : parent == null || !code.startsWith(parent) || code.length() != parent.length() + 2) {
            throw new InvalidInput("parentCode", code.length() == 3 ? "a 3-digit code has no parent"
                    : "the parent must be the code without its last two digits");
        }
        if (parent != null && em.find(Discipline.class, parent) == null) {
            throw new InvalidInput("parentCode", "unknown discipline " + parent);
        }
        if (em.find(Discipline.class, code) != null) {
            throw StateConflict.duplicate("discipline", code);
        }
        em.persist(new Discipline(code, request.name().strip(), request.nameEn(), parent));
        Map<String, String> detail = new HashMap<>();
        detail.put("name", request.name());
        detail.put("parentCode", parent == null ? "" : parent);
        events.fire(new DomainEvent("DISCIPLINE_ADDED", "Discipline", code, detail));
        return request;
    }
}
