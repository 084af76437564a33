package org.tianshan.grants.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A GB/T 13745 discipline code (3 digits, then 5, then 7); the first two levels are seeded. */
@Entity
@Table(name = "discipline")
@NamedQuery(name = Discipline.ALL, query = "select d from Discipline d order by d.code")
@NamedQuery(name = Discipline.COUNT_KNOWN, query = "select count(d) from Discipline d where d.code in :codes")
public class Discipline {

    public static final String ALL = "Discipline.all";
    public static final String COUNT_KNOWN = "Discipline.countKnown";

    @Id
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "parent_code")
    private String parentCode;
    @Version
    private long version;

    protected Discipline() {
    }

    public Discipline(String code, String name, String nameEn, String parentCode) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.parentCode = parentCode;
    }

    public String code() { return code; }
    public String name() { return name; }
    public String nameEn() { return nameEn; }
    public String parentCode() { return parentCode; }
}
