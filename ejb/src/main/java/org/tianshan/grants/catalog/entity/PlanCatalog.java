package org.tianshan.grants.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One jurisdiction's catalog for one plan period (自治区 and 兵团师 run parallel catalogs). */
@Entity
@Table(name = "plan_catalog")
@NamedQuery(name = PlanCatalog.ALL, query = "select c from PlanCatalog c order by c.isDefault desc, c.code")
@NamedQuery(name = PlanCatalog.BY_CODE, query = "select c from PlanCatalog c where c.code = :code")
@NamedQuery(name = PlanCatalog.DEFAULT, query = "select c from PlanCatalog c where c.isDefault = true")
public class PlanCatalog {

    public static final String ALL = "PlanCatalog.all";
    public static final String BY_CODE = "PlanCatalog.byCode";
    public static final String DEFAULT = "PlanCatalog.default";

    @Id
    private Long id;
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "jurisdiction_code")
    private String jurisdictionCode;
    @Column(name = "plan_period")
    private String planPeriod;
    @Column(name = "is_default")
    private boolean isDefault;
    @Version
    private long version;

    protected PlanCatalog() {
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String nameEn() { return nameEn; }
    public String jurisdictionCode() { return jurisdictionCode; }
    public String planPeriod() { return planPeriod; }
    public boolean isDefault() { return isDefault; }
}
