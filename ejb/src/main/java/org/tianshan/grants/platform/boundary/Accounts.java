package org.tianshan.grants.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.NotAuthenticated;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.control.PasswordPolicy;
import org.tianshan.grants.platform.control.Passwords;
import org.tianshan.grants.platform.control.Registry;
import org.tianshan.grants.platform.entity.Account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** User accounts: ADMIN creates and edits them; everyone reads their own ({@code GET /me}). */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Registry registry;

    @Inject
    Passwords passwords;

    @Inject
    Event<DomainEvent> events;

    @Resource
    SessionContext session;

    /** Creates an account; the username is unique (409), the password follows the policy (400). */
    @RolesAllowed(Roles.ADMIN)
    public AccountView create(@NotNull @Valid NewAccount request) {
        return AccountView.of(registry.registerAccount(request.username(), request.password(), request.displayName(),
                request.roles(), request.organizationId(), request.birthDate(), request.disciplines(), request.email()));
    }

    /** Edits an account; a new password also lifts a lockout. Refuses a stale version (409). */
    @RolesAllowed(Roles.ADMIN)
    public AccountView revise(long id, @NotNull @Valid AccountChange change) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFound("user", id);
        }
        if (account.version() != change.version()) {
            throw StateConflict.staleVersion("user", id);
        }
        List<Violation> problems = new ArrayList<>();
        registry.requireRoles(change.roles(), problems);
        Long organization = registry.organizationId(change.organizationId(), problems);
        Set<String> disciplines = registry.disciplineCodes(change.disciplines(), problems);
        registry.requireDisciplines(disciplines, problems);
        if (change.newPassword() != null) {
            PasswordPolicy.check(change.newPassword()).ifPresent(why -> problems.add(new Violation("newPassword", why)));
        }
        if (account.username().equals(caller()) && change.roles() != null && !change.roles().contains(Role.ADMIN)) {
            problems.add(new Violation("roles", "an administrator cannot remove their own ADMIN role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        account.revise(change.displayName().strip(), change.roles(), organization, change.birthDate(), change.email(),
                disciplines, change.active());
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("roles", new TreeSet<>(change.roles()).toString());
        detail.put("organizationId", organization == null ? "" : organization.toString());
        detail.put("active", Boolean.toString(change.active()));
        if (change.newPassword() != null) {
            account.changePasswordHash(passwords.hash(change.newPassword()));
            detail.put("passwordReset", "true");
        }
        events.fire(new DomainEvent("ACCOUNT_REVISED", "Account", Long.toString(id), detail));
        em.flush();
        return AccountView.of(account);
    }

    @RolesAllowed(Roles.ADMIN)
    public Page<AccountView> list(@NotNull PageRequest page) {
        List<AccountView> items = em.createNamedQuery(Account.ALL, Account.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(AccountView::of).toList();
        return new Page<>(items, em.createNamedQuery(Account.COUNT, Long.class).getSingleResult());
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView find(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFound("user", id);
        }
        return AccountView.of(account);
    }

    /** A person as other contexts need them (team checks, age rules); not exposed over REST. */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
            Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public java.util.Optional<Person> person(long id) {
        return java.util.Optional.ofNullable(em.find(Account.class, id)).filter(Account::active)
                .map(a -> new Person(a.id().toString(), a.username(), a.displayName(),
                        a.organizationId() == null ? null : a.organizationId().toString(), a.birthDate()));
    }

    /** The signed-in user: {@code GET /me}. */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
            Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public Caller me() {
        Account account = registry.findAccount(caller()).orElseThrow(() -> new NotAuthenticated("no such account"));
        return Authentication.callerOf(account);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
