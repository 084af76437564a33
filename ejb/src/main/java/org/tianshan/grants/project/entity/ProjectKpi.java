package org.tianshan.grants.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** A contract KPI: its target and the floor the application promised (the target never goes below it). */
@Embeddable
public class ProjectKpi {

    @Enumerated(EnumType.STRING)
    private KpiCode code;
    private BigDecimal target;
    @Column(name = "floor_value")
    private BigDecimal floor;

    protected ProjectKpi() {
    }

    public ProjectKpi(KpiCode code, BigDecimal target, BigDecimal floor) {
        this.code = code;
        this.target = target;
        this.floor = floor;
    }

    public KpiCode code() { return code; }
    public BigDecimal target() { return target; }
    public BigDecimal floor() { return floor; }
}
