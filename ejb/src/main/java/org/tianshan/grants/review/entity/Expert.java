package org.tianshan.grants.review.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An expert of the pool (专家库): an account with role EXPERT plus the profile the assignment matches
 * on. Officers add and edit experts; an expert keeps their own profile.
 */
@Entity
@Table(name = "expert")
@NamedQuery(name = Expert.BY_ACCOUNT, query = "select e from Expert e where e.accountId = :account")
@NamedQuery(name = Expert.ALL, query = "select e from Expert e order by e.id")
@NamedQuery(name = Expert.COUNT, query = "select count(e) from Expert e")
@NamedQuery(name = Expert.IN_DISCIPLINE, query = "select distinct e from Expert e join e.disciplines d "
        + "where d like :prefix order by e.id")
@NamedQuery(name = Expert.COUNT_IN_DISCIPLINE, query = "select count(distinct e) from Expert e join e.disciplines d "
        + "where d like :prefix")
public class Expert {

    public static final String BY_ACCOUNT = "Expert.byAccount";
    public static final String ALL = "Expert.all";
    public static final String COUNT = "Expert.count";
    public static final String IN_DISCIPLINE = "Expert.inDiscipline";
    public static final String COUNT_IN_DISCIPLINE = "Expert.countInDiscipline";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id")
    private long accountId;
    private String title;
    @Column(name = "region_code")
    private String regionCode;
    private boolean active;
    @Column(name = "available_from")
    private LocalDate availableFrom;
    @Column(name = "available_until")
    private LocalDate availableUntil;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_discipline", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "discipline_code")
    private Set<String> disciplines = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_keyword", joinColumns = @JoinColumn(name = "expert_id"))
    @OrderColumn(name = "seq")
    @Column(name = "keyword")
    private List<String> keywords = new ArrayList<>();

    protected Expert() {
    }

    public Expert(long accountId, String createdBy, Instant createdAt) {
        this.accountId = accountId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.active = true;
    }

    /** Replaces the profile; the boundary has checked the codes and the window. */
    public void describe(Set<String> disciplines, List<String> keywords, String title, String regionCode,
                         LocalDate availableFrom, LocalDate availableUntil, boolean active) {
        this.disciplines = new TreeSet<>(disciplines);
        this.keywords = new ArrayList<>(keywords);
        this.title = title;
        this.regionCode = regionCode;
        this.availableFrom = availableFrom;
        this.availableUntil = availableUntil;
        this.active = active;
    }

    /** Drawn only while active and inside the availability window (when one is set). */
    public boolean availableOn(LocalDate day) {
        return active && (availableFrom == null || !day.isBefore(availableFrom))
                && (availableUntil == null || !day.isAfter(availableUntil));
    }

    public Long id() { return id; }
    public long accountId() { return accountId; }
    public String title() { return title; }
    public String regionCode() { return regionCode; }
    public boolean active() { return active; }
    public LocalDate availableFrom() { return availableFrom; }
    public LocalDate availableUntil() { return availableUntil; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
    public Set<String> disciplines() { return Set.copyOf(disciplines); }
    public List<String> keywords() { return List.copyOf(keywords); }
}
