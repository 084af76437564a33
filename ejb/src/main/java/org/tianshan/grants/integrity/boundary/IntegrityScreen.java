package org.tianshan.grants.integrity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.integrity.entity.IntegrityRecord;
import org.tianshan.grants.kernel.Roles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers every gate's question: is any of these persons or organizations vetoed on that day, and why. */
@Stateless
@RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
        Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class IntegrityScreen {

    @PersistenceContext
    EntityManager em;

    /** The vetoes (active SERIOUS records) among these subjects on that day; empty when none. */
    public List<Veto> vetoes(Collection<Long> persons, Collection<Long> organizations, LocalDate day) {
        // an IN () with no values is not valid SQL: -1 matches no id
        Collection<Long> p = persons.isEmpty() ? Set.of(-1L) : persons;
        Collection<Long> o = organizations.isEmpty() ? Set.of(-1L) : organizations;
        return em.createNamedQuery(IntegrityRecord.OF_SUBJECTS, IntegrityRecord.class)
                .setParameter("persons", p).setParameter("organizations", o).getResultList().stream()
                .filter(r -> r.vetoesOn(day))
                .map(r -> new Veto(r.subjectType(), r.subjectId(), r.reason()))
                .toList();
    }

    /**
     * The persons among these with any record in force on that day, SERIOUS or GENERAL: such a person
     * is never drawn as a reviewer (DESIGN.md §4, avoidance), even where the record vetoes nothing.
     */
    public Set<Long> personsOnRecord(Collection<Long> persons, LocalDate day) {
        Collection<Long> p = persons.isEmpty() ? Set.of(-1L) : persons;
        return em.createNamedQuery(IntegrityRecord.OF_SUBJECTS, IntegrityRecord.class)
                .setParameter("persons", p).setParameter("organizations", Set.of(-1L)).getResultList().stream()
                .filter(r -> "PERSON".equals(r.subjectType()) && r.inForceOn(day))
                .map(IntegrityRecord::subjectId)
                .collect(Collectors.toSet());
    }
}
