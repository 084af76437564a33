package org.tianshan.grants.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A host unit or other organization; identified nationally by its unified social credit code. */
@Entity
@Table(name = "organization")
@NamedQuery(name = Organization.ALL, query = "select o from Organization o order by o.id")
@NamedQuery(name = Organization.COUNT, query = "select count(o) from Organization o")
@NamedQuery(name = Organization.BY_CREDIT_CODE, query = "select o from Organization o where o.creditCode = :code")
public class Organization {

    public static final String ALL = "Organization.all";
    public static final String COUNT = "Organization.count";
    public static final String BY_CREDIT_CODE = "Organization.byCreditCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "credit_code")
    private String creditCode;
    @Enumerated(EnumType.STRING)
    private OrganizationType type;
    @Column(name = "jurisdiction_code")
    private String jurisdictionCode;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Organization() {
    }

    public Organization(String name, String creditCode, OrganizationType type, String jurisdictionCode, Instant createdAt) {
        this.name = name;
        this.creditCode = creditCode;
        this.type = type;
        this.jurisdictionCode = jurisdictionCode;
        this.active = true;
        this.createdAt = createdAt;
    }

    public void revise(String name, OrganizationType type, String jurisdictionCode, boolean active) {
        this.name = name;
        this.type = type;
        this.jurisdictionCode = jurisdictionCode;
        this.active = active;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String creditCode() { return creditCode; }
    public OrganizationType type() { return type; }
    public String jurisdictionCode() { return jurisdictionCode; }
    public boolean active() { return active; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
