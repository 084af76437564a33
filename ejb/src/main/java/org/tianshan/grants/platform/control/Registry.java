package org.tianshan.grants.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.boundary.DisciplineView;
import org.tianshan.grants.platform.entity.Account;
import org.tianshan.grants.platform.entity.Discipline;
import org.tianshan.grants.platform.entity.Jurisdiction;
import org.tianshan.grants.platform.entity.Organization;
import org.tianshan.grants.platform.entity.OrganizationType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Creates organizations and accounts with every check they need, for the admin boundaries and for
 * start-up (the first ADMIN, demo data) alike; runs in the caller's transaction.
 */
@Dependent
public class Registry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    public Organization registerOrganization(String name, String creditCode, OrganizationType type, String jurisdiction) {
        List<Violation> problems = new ArrayList<>();
        if (!CreditCode.isValid(creditCode)) {
            problems.add(new Violation("creditCode", "not a valid unified social credit code (check character)"));
        }
        requireJurisdiction(jurisdiction, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!em.createNamedQuery(Organization.BY_CREDIT_CODE, Organization.class).setParameter("code", creditCode)
                .getResultList().isEmpty()) {
            throw StateConflict.duplicate("organization with credit code", creditCode);
        }
        Organization organization = new Organization(name.strip(), creditCode, type, jurisdiction, clock.instant());
        em.persist(organization);
        em.flush();
        events.fire(new DomainEvent("ORGANIZATION_CREATED", "Organization", organization.id().toString(),
                Map.of("name", organization.name(), "creditCode", creditCode, "type", type.name(), "jurisdiction", jurisdiction)));
        return organization;
    }

    public Account registerAccount(String username, String password, String displayName, Set<Role> roles,
                                   String organizationId, LocalDate birthDate, Set<String> disciplines, String email) {
        List<Violation> problems = new ArrayList<>();
        PasswordPolicy.check(password).ifPresent(why -> problems.add(new Violation("password", why)));
        requireRoles(roles, problems);
        Long organization = organizationId(organizationId, problems);
        Set<String> codes = disciplineCodes(disciplines, problems);
        requireDisciplines(codes, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (findAccount(username).isPresent()) {
            throw StateConflict.duplicate("user", username);
        }
        Account account = new Account(username, displayName.strip(), passwords.hash(password), roles, organization,
                birthDate, email, codes, clock.instant());
        em.persist(account);
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("username", username);
        detail.put("roles", new TreeSet<>(roles).toString());
        detail.put("organizationId", organization == null ? "" : organization.toString());
        events.fire(new DomainEvent("ACCOUNT_CREATED", "Account", account.id().toString(), detail));
        return account;
    }

    public java.util.Optional<Account> findAccount(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** Parses and checks an organization id from the API (ids are strings); null or blank means none. */
    public Long organizationId(String id, List<Violation> problems) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(id.strip());
            if (em.find(Organization.class, value) != null) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below as unknown
        }
        problems.add(new Violation("organizationId", "no organization " + id));
        return null;
    }

    /** Roles must be named; {@code ["APPLICANT", null]} is malformed. */
    public void requireRoles(Set<Role> roles, List<Violation> problems) {
        if (roles == null || roles.isEmpty() || roles.contains(null)) {
            problems.add(new Violation("roles", "name at least one role, and no empty one"));
        }
    }

    /** The discipline codes of a request, or why they are malformed (the codes' existence is checked separately). */
    public Set<String> disciplineCodes(Set<String> disciplines, List<Violation> problems) {
        if (disciplines == null) {
            return Set.of();
        }
        if (disciplines.stream().anyMatch(d -> d == null || !d.matches(DisciplineView.CODE_PATTERN))) {
            problems.add(new Violation("disciplines", "each discipline is a GB/T 13745 code of 3, 5 or 7 digits"));
            return Set.of();
        }
        return new TreeSet<>(disciplines);
    }

    public void requireJurisdiction(String code, List<Violation> problems) {
        if (code == null || em.find(Jurisdiction.class, code) == null) {
            problems.add(new Violation("jurisdiction", "unknown jurisdiction code " + code));
        }
    }

    public void requireDisciplines(Set<String> codes, List<Violation> problems) {
        if (codes.isEmpty()) {
            return;
        }
        long known = em.createNamedQuery(Discipline.COUNT_KNOWN, Long.class).setParameter("codes", codes).getSingleResult();
        if (known != codes.size()) {
            problems.add(new Violation("disciplines", "unknown discipline code(s) among " + codes));
        }
    }
}
