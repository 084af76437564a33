package org.tianshan.grants.catalog.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.catalog.entity.Programme;

import java.util.Optional;

/** What the public pages show of the plan catalog without signing in: a programme's name and funding mode. */
@Stateless
@PermitAll
public class PublicCatalog {

    @PersistenceContext
    EntityManager em;

    /** A programme's name (Chinese and English), funding mode and evaluation class; the catalog is public. */
    public Optional<SectionView.ProgrammeSummary> programme(String code) {
        return em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", code).getResultStream().findFirst()
                .map(p -> new SectionView.ProgrammeSummary(p.code(), p.name(), p.nameEn(), p.fundingMode().name(),
                        p.evaluationClass().name(), p.active()));
    }
}
