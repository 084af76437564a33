package org.tianshan.grants.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Who may apply: the PI's age limit, the host unit types, the co-funding ratio an enterprise must raise. */
@Embeddable
public class Eligibility {

    @Column(name = "max_age")
    private Integer maxAge;
    @Column(name = "min_co_funding_ratio")
    private BigDecimal minCoFundingRatio;
    @Column(name = "eligible_unit_types")
    private String eligibleUnitTypes;

    protected Eligibility() {
    }

    public Eligibility(Integer maxAge, BigDecimal minCoFundingRatio, Set<String> eligibleUnitTypes) {
        this.maxAge = maxAge;
        this.minCoFundingRatio = minCoFundingRatio;
        this.eligibleUnitTypes = eligibleUnitTypes == null || eligibleUnitTypes.isEmpty() ? null : String.join(",", eligibleUnitTypes);
    }

    public Integer maxAge() { return maxAge; }
    public BigDecimal minCoFundingRatio() { return minCoFundingRatio; }

    /** Empty: every type of unit is eligible. */
    public Set<String> eligibleUnitTypes() {
        return eligibleUnitTypes == null || eligibleUnitTypes.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(eligibleUnitTypes.split(",")));
    }
}
