package org.tianshan.grants.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One of the five sections plus the fund (五大板块＋基金) of a catalog. */
@Entity
@Table(name = "section")
@NamedQuery(name = Section.OF_CATALOG, query = "select s from Section s where s.catalogId = :catalog order by s.sortOrder")
public class Section {

    public static final String OF_CATALOG = "Section.ofCatalog";

    @Id
    private Long id;
    @Column(name = "catalog_id")
    private Long catalogId;
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "sort_order")
    private int sortOrder;
    @Version
    private long version;

    protected Section() {
    }

    public Long id() { return id; }
    public Long catalogId() { return catalogId; }
    public String code() { return code; }
    public String name() { return name; }
    public String nameEn() { return nameEn; }
}
