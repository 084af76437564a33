package org.tianshan.grants.application.control;

import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.catalog.control.IndirectCostSchedule;
import org.tianshan.grants.kernel.BusinessTime;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules a submission must pass (DESIGN.md §4), each reported on its own with its code, so the
 * applicant sees every reason at once: DEADLINE_PASSED, CALL_NOT_OPEN, INCOMPLETE, BUDGET_OVER_CEILING,
 * INDIRECT_COST_CAP, LIMIT_EXCEEDED, INTEGRITY_VETO, AGE_LIMIT, CO_FUNDING_REQUIRED, UNIT_NOT_ELIGIBLE. Pure: the
 * facts come in, the violations go out.
 */
public final class SubmissionRules {

    private SubmissionRules() {
    }

    /** What the rules need besides the application itself. */
    public record Facts(Instant now, boolean callOpen, Instant opensAt, Instant closesAt, Money ceiling, String fundingMode,
                        IndirectCostSchedule indirectCosts, Limits limits, Integer maxAge, LocalDate piBirthDate,
                        BigDecimal minCoFundingRatio, HostUnit hostUnit, List<String> integrityVetoes) {
    }

    /**
     * The programme's limits (限项) and the counts they are held against, each without this application:
     * the PI's other active applications in the call and in the section, and for each team member (by
     * name) their other active applications in the section as a member.
     */
    public record Limits(int maxPiPerCall, long otherAsPiInCall, int maxPiPerSection, long otherAsPiInSection,
                         int maxAsMember, Map<String, Long> otherAsMemberInSection) {

        public static Limits none() {
            return new Limits(Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, Map.of());
        }
    }

    /** The host unit as eligibility sees it; {@code eligibleTypes} empty: every type may apply. */
    public record HostUnit(String name, String type, boolean active, Set<String> eligibleTypes) {
    }

    public static List<Violation> check(GrantApplication a, Facts f) {
        List<Violation> violations = new ArrayList<>();
        if (!f.now().isBefore(f.closesAt())) {
            violations.add(new Violation("DEADLINE_PASSED", "the call closed at " + f.closesAt()));
        } else if (!f.callOpen() || f.now().isBefore(f.opensAt())) {
            violations.add(new Violation("CALL_NOT_OPEN", "the call is not open for submissions"));
        }
        List<String> missing = new ArrayList<>();
        if (blank(a.title())) missing.add("title");
        if (blank(a.abstractText())) missing.add("abstract");
        if (a.keywords().isEmpty()) missing.add("keywords");
        if (blank(a.discipline())) missing.add("discipline");
        if (a.hostOrganizationId() == null) missing.add("hostOrganizationId");
        if (a.budget().isEmpty()) missing.add("budget");
        if (!missing.isEmpty()) {
            violations.add(new Violation("INCOMPLETE", "missing: " + String.join(", ", missing)));
        }
        Money total = a.total();
        if (total.exceeds(f.ceiling())) {
            violations.add(new Violation("BUDGET_OVER_CEILING", "the budget " + total + " exceeds the call's ceiling " + f.ceiling()));
        }
        if (!"LUMP_SUM".equals(f.fundingMode())) {
            Money indirect = a.sumOf("INDIRECT");
            Money base = total.minus(indirect).minus(a.sumOf("EQUIPMENT"));
            Money cap = f.indirectCosts().cap(base.isNegative() ? Money.ZERO : base);
            if (indirect.exceeds(cap)) {
                violations.add(new Violation("INDIRECT_COST_CAP", "indirect costs " + indirect + " exceed the cap " + cap
                        + " on direct costs less equipment of " + base));
            }
        }
        violations.addAll(limits(f.limits()));
        HostUnit unit = f.hostUnit();
        if (unit != null && !unit.active()) {
            violations.add(new Violation("UNIT_NOT_ELIGIBLE", "the host unit " + unit.name() + " is deactivated"));
        } else if (unit != null && !unit.eligibleTypes().isEmpty() && !unit.eligibleTypes().contains(unit.type())) {
            violations.add(new Violation("UNIT_NOT_ELIGIBLE", "the programme accepts host units of type "
                    + String.join(", ", new TreeSet<>(unit.eligibleTypes())) + "; " + unit.name() + " is " + unit.type()));
        }
        if (!f.integrityVetoes().isEmpty()) {
            violations.add(new Violation("INTEGRITY_VETO", "an active serious integrity record (一票否决): "
                    + String.join("; ", f.integrityVetoes())));
        }
        if (f.maxAge() != null) {
            LocalDate closing = f.closesAt().atOffset(BusinessTime.ZONE).toLocalDate();
            if (f.piBirthDate() == null) {
                violations.add(new Violation("AGE_LIMIT", "the programme is for PIs up to " + f.maxAge() + "; the PI's birth date is not recorded"));
            } else if (Period.between(f.piBirthDate(), closing).getYears() > f.maxAge()) {
                violations.add(new Violation("AGE_LIMIT", "the programme is for PIs up to " + f.maxAge() + " at the call's close"));
            }
        }
        if (f.minCoFundingRatio() != null && f.minCoFundingRatio().signum() > 0) {
            Money needed = total.times(f.minCoFundingRatio());
            if (a.selfRaised() == null || needed.exceeds(a.selfRaised())) {
                violations.add(new Violation("CO_FUNDING_REQUIRED", "self-raised funds of at least " + needed + " (ratio "
                        + f.minCoFundingRatio().stripTrailingZeros().toPlainString() + ":1) are required"));
            }
        }
        return violations;
    }

    /** 限项: one violation listing every limit reached, as PI in the call, as PI in the section, and per member. */
    static List<Violation> limits(Limits l) {
        List<String> reasons = new ArrayList<>();
        if (l.otherAsPiInCall() >= l.maxPiPerCall()) {
            reasons.add("as PI you already hold " + l.otherAsPiInCall() + " active application(s) in this call, the programme allows "
                    + l.maxPiPerCall());
        }
        if (l.otherAsPiInSection() >= l.maxPiPerSection()) {
            reasons.add("as PI you already hold " + l.otherAsPiInSection() + " active application(s) or project(s) in this section, "
                    + "the programme allows " + l.maxPiPerSection());
        }
        new TreeMap<>(l.otherAsMemberInSection()).forEach((member, count) -> {
            if (count >= l.maxAsMember()) {
                reasons.add("team member " + member + " is already on " + count + " active application(s) or project(s) in this section, "
                        + "the programme allows " + l.maxAsMember());
            }
        });
        return reasons.isEmpty() ? List.of() : List.of(new Violation("LIMIT_EXCEEDED", String.join(" | ", reasons)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
