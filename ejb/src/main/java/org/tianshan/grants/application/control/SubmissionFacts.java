package org.tianshan.grants.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.Calls;
import org.tianshan.grants.catalog.boundary.Catalog;
import org.tianshan.grants.catalog.boundary.ProgrammeView;
import org.tianshan.grants.catalog.control.IndirectCostSchedule;
import org.tianshan.grants.catalog.entity.IndirectCostBracket;
import org.tianshan.grants.integrity.boundary.IntegrityScreen;
import org.tianshan.grants.kernel.BusinessTime;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.Organizations;
import org.tianshan.grants.platform.boundary.Person;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers what {@link SubmissionRules} needs — the call, its programme's rules, the PI, the PI's other
 * applications in the call, integrity vetoes on the team and the host unit — and runs the rules: all of them for a draft being submitted; after
 * submission (endorsement, formal check) all but the call's window, which the submission already passed.
 */
@Dependent
public class SubmissionFacts {

    public static final List<String> RULES = List.of("DEADLINE_PASSED", "CALL_NOT_OPEN", "INCOMPLETE", "BUDGET_OVER_CEILING",
            "INDIRECT_COST_CAP", "LIMIT_EXCEEDED", "INTEGRITY_VETO", "AGE_LIMIT", "CO_FUNDING_REQUIRED", "UNIT_NOT_ELIGIBLE");
    private static final Set<String> WINDOW = Set.of("DEADLINE_PASSED", "CALL_NOT_OPEN");

    @PersistenceContext
    EntityManager em;

    @Inject
    Calls calls;

    @Inject
    Catalog catalog;

    @Inject
    Accounts accounts;

    @Inject
    IntegrityScreen integrity;

    @Inject
    Organizations organizations;

    @Inject
    Clock clock;

    /** The violated rules of this application in its present state. */
    public List<Violation> violations(GrantApplication application) {
        List<Violation> all = SubmissionRules.check(application, facts(application));
        return application.status() == ApplicationStatus.DRAFT ? all
                : all.stream().filter(v -> !WINDOW.contains(v.field())).toList();
    }

    private SubmissionRules.Facts facts(GrantApplication application) {
        CallView call = calls.find(application.callId());
        ProgrammeView programme = catalog.programme(call.programmeCode());
        List<IndirectCostBracket> brackets = new ArrayList<>();
        for (int i = 0; i < programme.indirectCostBrackets().size(); i++) {
            ProgrammeView.Bracket b = programme.indirectCostBrackets().get(i);
            brackets.add(new IndirectCostBracket(i + 1, b.upTo() == null ? null : Money.parse(b.upTo()), b.rate()));
        }
        Person pi = accounts.person(application.piAccountId()).orElseThrow(() -> new NotFound("user", application.piAccountId()));
        List<Long> persons = new ArrayList<>(List.of(application.piAccountId()));
        application.team().forEach(m -> persons.add(m.accountId()));
        List<Long> units = application.hostOrganizationId() == null ? List.of() : List.of(application.hostOrganizationId());
        List<String> vetoes = integrity.vetoes(persons, units, BusinessTime.today(clock)).stream()
                .map(v -> ("PERSON".equals(v.subjectType()) ? "team member " : "host unit ") + v.subjectId() + ": " + v.reason())
                .toList();
        return new SubmissionRules.Facts(clock.instant(), "OPEN".equals(call.status()), call.opensAt().toInstant(),
                call.closesAt().toInstant(), Money.parse(call.ceiling()), call.fundingMode(), new IndirectCostSchedule(brackets),
                limits(application, programme), programme.maxAge(), pi.birthDate(), programme.minCoFundingRatio(),
                hostUnit(application, programme), vetoes);
    }

    /** The counts behind 限项, each without this application: active = submitted and not yet refused, ended or withdrawn. */
    private SubmissionRules.Limits limits(GrantApplication application, ProgrammeView programme) {
        Set<ApplicationStatus> active = activeStatuses();
        long inCall = em.createNamedQuery(GrantApplication.AS_PI_IN_CALL, Long.class)
                .setParameter("account", application.piAccountId()).setParameter("call", application.callId())
                .setParameter("active", active).setParameter("self", application.id()).getSingleResult();
        long inSection = em.createNamedQuery(GrantApplication.AS_PI_IN_SECTION, Long.class)
                .setParameter("account", application.piAccountId()).setParameter("section", application.sectionRef())
                .setParameter("active", active).setParameter("self", application.id()).getSingleResult();
        Map<String, Long> asMember = new LinkedHashMap<>();
        if (!application.team().isEmpty()) {
            Map<Long, Long> counts = new LinkedHashMap<>();
            for (Object[] row : em.createNamedQuery(GrantApplication.AS_MEMBER_IN_SECTION, Object[].class)
                    .setParameter("accounts", application.team().stream().map(m -> m.accountId()).toList())
                    .setParameter("section", application.sectionRef()).setParameter("active", active)
                    .setParameter("self", application.id()).getResultList()) {
                counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
            // this application counts once for each member, so a member at the limit elsewhere is refused here
            application.team().forEach(m -> asMember.put(accounts.person(m.accountId()).map(Person::username)
                    .orElse(Long.toString(m.accountId())), counts.getOrDefault(m.accountId(), 0L)));
        }
        return new SubmissionRules.Limits(programme.maxPiPerCall(), inCall, programme.maxPiPerSection(), inSection,
                programme.maxAsMember(), asMember);
    }

    /** The host unit and the programme's eligible unit types; null when no (existing) host unit is named (INCOMPLETE says so). */
    private SubmissionRules.HostUnit hostUnit(GrantApplication application, ProgrammeView programme) {
        if (application.hostOrganizationId() == null) {
            return null;
        }
        Set<String> eligible = programme.eligibleUnitTypes() == null ? Set.of() : programme.eligibleUnitTypes();
        return organizations.lookup(application.hostOrganizationId())
                .map(unit -> new SubmissionRules.HostUnit(unit.name(), unit.type().name(), unit.active(), eligible)).orElse(null);
    }

    private static Set<ApplicationStatus> activeStatuses() {
        Set<ApplicationStatus> active = EnumSet.noneOf(ApplicationStatus.class);
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s.isActive()) {
                active.add(s);
            }
        }
        return active;
    }
}
