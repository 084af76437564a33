package org.tianshan.grants.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.catalog.control.IndirectCostSchedule;
import org.tianshan.grants.catalog.control.TrancheSchedule;
import org.tianshan.grants.catalog.entity.Eligibility;
import org.tianshan.grants.catalog.entity.IndirectCostBracket;
import org.tianshan.grants.catalog.entity.LimitPolicy;
import org.tianshan.grants.catalog.entity.PlanCatalog;
import org.tianshan.grants.catalog.entity.Programme;
import org.tianshan.grants.catalog.entity.Section;
import org.tianshan.grants.catalog.entity.TrancheRule;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.kernel.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the plan catalog; ADMIN revises a programme's rules. */
@Stateless
@RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
        Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class Catalog {

    static final java.util.Set<String> UNIT_TYPES = java.util.Set.of("UNIVERSITY", "INSTITUTE", "ENTERPRISE", "HOSPITAL", "OTHER");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    public List<CatalogView> catalogs() {
        return em.createNamedQuery(PlanCatalog.ALL, PlanCatalog.class).getResultList().stream()
                .map(c -> new CatalogView(c.code(), c.name(), c.nameEn(), c.jurisdictionCode(), c.planPeriod(), c.isDefault()))
                .toList();
    }

    /** The sections of a catalog (the default catalog, 自治区, when none is named) with their programmes. */
    public List<SectionView> sections(Optional<String> catalogCode) {
        PlanCatalog catalog = catalog(catalogCode);
        List<Section> sections = em.createNamedQuery(Section.OF_CATALOG, Section.class)
                .setParameter("catalog", catalog.id()).getResultList();
        if (sections.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Programme>> bySection = em.createNamedQuery(Programme.OF_SECTIONS, Programme.class)
                .setParameter("sections", sections.stream().map(Section::id).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(Programme::sectionId, LinkedHashMap::new, Collectors.toList()));
        return sections.stream().map(s -> new SectionView(s.code(), s.name(), s.nameEn(),
                bySection.getOrDefault(s.id(), List.of()).stream()
                        .map(p -> new SectionView.ProgrammeSummary(p.code(), p.name(), p.nameEn(), p.fundingMode().name(),
                                p.evaluationClass().name(), p.active()))
                        .toList())).toList();
    }

    /** One programme with all its rules. */
    public ProgrammeView programme(String code) {
        return view(find(code));
    }

    /**
     * Revises a programme's rules. The indirect-cost brackets must rise and end unbounded, the tranche
     * shares must sum to 1 (400 otherwise); a stale version is refused (409). Audited with the new rules.
     */
    @RolesAllowed(Roles.ADMIN)
    public ProgrammeView revise(String code, @NotNull @Valid ProgrammeView change) {
        Programme programme = find(code);
        if (programme.version() != change.version()) {
            throw StateConflict.staleVersion("programme", code);
        }
        List<Violation> malformed = new ArrayList<>();
        if (change.indirectCostBrackets().contains(null) || change.tranches().contains(null)) {
            malformed.add(new Violation("indirectCostBrackets/tranches", "no empty entries"));
        }
        if (change.eligibleUnitTypes() != null && !UNIT_TYPES.containsAll(change.eligibleUnitTypes())) {
            malformed.add(new Violation("eligibleUnitTypes", "each one of " + UNIT_TYPES));
        }
        if (!malformed.isEmpty()) {
            throw new InvalidInput(malformed);
        }
        List<IndirectCostBracket> brackets = new ArrayList<>();
        for (int i = 0; i < change.indirectCostBrackets().size(); i++) {
            ProgrammeView.Bracket b = change.indirectCostBrackets().get(i);
            brackets.add(new IndirectCostBracket(i + 1, b.upTo() == null || b.upTo().isBlank() ? null : Money.parse(b.upTo()), b.rate()));
        }
        List<TrancheRule> tranches = change.tranches().stream()
                .map(t -> new TrancheRule(t.no(), t.share(), t.condition())).toList();
        List<Violation> problems = new ArrayList<>();
        new IndirectCostSchedule(brackets).problem().ifPresent(p -> problems.add(new Violation("indirectCostBrackets", p)));
        new TrancheSchedule(tranches).problem().ifPresent(p -> problems.add(new Violation("tranches", p)));
        if (change.maxPiPerCall() > change.maxPiPerSection()) {
            problems.add(new Violation("maxPiPerCall", "cannot exceed maxPiPerSection"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        programme.revise(change.name().strip(), change.nameEn().strip(), change.description(), change.evaluationClass(),
                new LimitPolicy(change.maxPiPerCall(), change.maxPiPerSection(), change.maxAsMember()),
                new Eligibility(change.maxAge(), change.minCoFundingRatio(), change.eligibleUnitTypes()),
                change.defaultCeiling() == null || change.defaultCeiling().isBlank() ? null : Money.parse(change.defaultCeiling()),
                change.publicNoticeDays(), change.callApprovalRequired(), change.active(), brackets, tranches);
        em.flush();
        ProgrammeView revised = view(programme);
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("evaluationClass", revised.evaluationClass().name());
        detail.put("limits", revised.maxPiPerCall() + "/" + revised.maxPiPerSection() + "/" + revised.maxAsMember());
        detail.put("indirectCostBrackets", revised.indirectCostBrackets().toString());
        detail.put("tranches", revised.tranches().toString());
        detail.put("active", Boolean.toString(revised.active()));
        events.fire(new DomainEvent("PROGRAMME_REVISED", "Programme", code, detail));
        return revised;
    }

    private PlanCatalog catalog(Optional<String> code) {
        return (code.isPresent()
                ? em.createNamedQuery(PlanCatalog.BY_CODE, PlanCatalog.class).setParameter("code", code.get())
                : em.createNamedQuery(PlanCatalog.DEFAULT, PlanCatalog.class))
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("catalog", code.orElse("(default)")));
    }

    private Programme find(String code) {
        return em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("programme", code));
    }

    private ProgrammeView view(Programme p) {
        Section section = em.find(Section.class, p.sectionId());
        PlanCatalog catalog = em.find(PlanCatalog.class, section.catalogId());
        Function<Money, String> text = m -> m == null ? null : m.toString();
        return new ProgrammeView(p.code(), section.code(), catalog.code(), p.name(), p.nameEn(), p.description(),
                p.fundingMode(), p.evaluationClass(), p.limits().maxPiPerCall(), p.limits().maxPiPerSection(),
                p.limits().maxAsMember(), p.eligibility().maxAge(), p.eligibility().minCoFundingRatio(),
                p.eligibility().eligibleUnitTypes(), text.apply(p.defaultCeiling()), p.publicNoticeDays(),
                p.callApprovalRequired(), p.active(),
                p.indirectCostBrackets().stream().map(b -> new ProgrammeView.Bracket(text.apply(b.upTo()), b.rate())).toList(),
                p.tranches().stream().map(t -> new ProgrammeView.Tranche(t.no(), t.share(), t.condition())).toList(),
                p.version());
    }
}
