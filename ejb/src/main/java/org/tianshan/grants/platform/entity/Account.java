package org.tianshan.grants.platform.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tianshan.grants.kernel.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person who signs in: roles (DESIGN.md §1), the organization they belong to, and the sign-in
 * record that locks the account after repeated failures.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.id")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
@NamedQuery(name = Account.COUNT_WITH_ROLE, query = "select count(a) from Account a where :role member of a.roles")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";
    public static final String COUNT_WITH_ROLE = "Account.countWithRole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String email;
    private boolean active;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_discipline", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "discipline_code")
    private Set<String> disciplines = new LinkedHashSet<>();

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Set<Role> roles, Long organizationId,
                   LocalDate birthDate, String email, Set<String> disciplines, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.organizationId = organizationId;
        this.birthDate = birthDate;
        this.email = email;
        this.disciplines = new LinkedHashSet<>(disciplines);
        this.active = true;
        this.createdAt = createdAt;
    }

    /** Whether sign-in is refused now because of earlier failures. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed sign-in; the {@code maxFailures}-th failure in a row locks the account for
     * {@code lockFor}. Returns true when this failure locked it.
     */
    public boolean recordFailedLogin(Instant now, int maxFailures, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            failedLogins = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void revise(String displayName, Set<Role> roles, Long organizationId, LocalDate birthDate, String email,
                       Set<String> disciplines, boolean active) {
        this.displayName = displayName;
        this.roles.clear();
        this.roles.addAll(roles);
        this.organizationId = organizationId;
        this.birthDate = birthDate;
        this.email = email;
        this.disciplines.clear();
        this.disciplines.addAll(disciplines);
        this.active = active;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        recordSuccessfulLogin();
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public Long organizationId() { return organizationId; }
    public LocalDate birthDate() { return birthDate; }
    public String email() { return email; }
    public boolean active() { return active; }
    public int failedLogins() { return failedLogins; }
    public Instant lockedUntil() { return lockedUntil; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
    public Set<Role> roles() { return Collections.unmodifiableSet(roles); }
    public Set<String> disciplines() { return Collections.unmodifiableSet(disciplines); }
}
