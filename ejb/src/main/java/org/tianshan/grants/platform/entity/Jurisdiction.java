package org.tianshan.grants.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A node of the jurisdiction tree: GB/T 2260 division codes, {@code XJBT…} for the Corps. Reference data. */
@Entity
@Table(name = "jurisdiction")
@NamedQuery(name = Jurisdiction.ALL, query = "select j from Jurisdiction j order by j.code")
public class Jurisdiction {

    public static final String ALL = "Jurisdiction.all";

    @Id
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private JurisdictionLevel level;
    @Column(name = "parent_code")
    private String parentCode;

    protected Jurisdiction() {
    }

    public String code() { return code; }
    public String name() { return name; }
    public String nameEn() { return nameEn; }
    public JurisdictionLevel level() { return level; }
    public String parentCode() { return parentCode; }
}
