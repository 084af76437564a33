package org.tianshan.grants.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.Ids;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.platform.boundary.Caller;
import org.tianshan.grants.platform.entity.Account;
import org.tianshan.grants.platform.entity.Discipline;
import org.tianshan.grants.platform.entity.Jurisdiction;
import org.tianshan.grants.platform.entity.Organization;
import org.tianshan.grants.review.entity.DeclaredConflict;
import org.tianshan.grants.review.entity.Expert;
import org.tianshan.grants.review.entity.Review;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The expert pool (专家库): officers add and edit experts; an expert keeps their own profile and declares
 * conflicts of interest (回避). A conflict declared after assignment takes the affected reviews off the
 * expert and draws replacements under the same rules.
 */
@Stateless
public class Experts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @EJB
    Assignments assignments;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /** Adds an account with role EXPERT to the pool (422 EXPERT_ROLE_REQUIRED otherwise; 409 when already in it). */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public ExpertView create(@NotNull @Valid NewExpert request) {
        long accountId = Ids.parse("userId", request.userId());
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new InvalidInput("userId", "no user " + request.userId());
        }
        if (!account.roles().contains(Role.EXPERT)) {
            throw new RuleViolation(List.of(new Violation("EXPERT_ROLE_REQUIRED",
                    "user " + account.username() + " does not hold the role EXPERT")));
        }
        if (byAccount(accountId).isPresent()) {
            throw new StateConflict("DUPLICATE", "user " + account.username() + " is already in the expert pool");
        }
        Expert expert = new Expert(accountId, accounts.me().username(), clock.instant());
        describe(expert, request);
        em.persist(expert);
        em.flush();
        fire("EXPERT_ADDED", expert);
        return view(expert);
    }

    /** Edits a profile: an officer any expert's, an expert only their own (anyone else's: 404). Stale version: 409. */
    @RolesAllowed({Roles.PROGRAM_OFFICER, Roles.EXPERT})
    public ExpertView update(long id, @NotNull @Valid NewExpert request) {
        Expert expert = readable(id);
        if (request.version() != null && request.version() != expert.version()) {
            throw new StateConflict("STALE_VERSION", "expert " + id + " changed since version " + request.version());
        }
        describe(expert, request);
        em.lock(expert, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        fire("EXPERT_PROFILE_CHANGED", expert);
        return view(expert);
    }

    /** One expert: officers, or the expert themself (404 for anyone else). */
    @RolesAllowed({Roles.PROGRAM_OFFICER, Roles.EXPERT})
    public ExpertView find(long id) {
        return view(readable(id));
    }

    /** The caller's own profile (404 when they are not in the pool). */
    @RolesAllowed(Roles.EXPERT)
    public ExpertView mine() {
        return view(me());
    }

    /** The pool, optionally only experts with a discipline under {@code discipline} (a code prefix). */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public Page<ExpertView> list(String discipline, @NotNull PageRequest page) {
        List<Expert> items;
        long total;
        if (discipline == null || discipline.isBlank()) {
            items = em.createNamedQuery(Expert.ALL, Expert.class).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            total = em.createNamedQuery(Expert.COUNT, Long.class).getSingleResult();
        } else {
            if (!discipline.matches("\\d{1,7}")) {
                throw new InvalidInput("discipline", "a GB/T 13745 code or its prefix");
            }
            items = em.createNamedQuery(Expert.IN_DISCIPLINE, Expert.class).setParameter("prefix", discipline + "%")
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            total = em.createNamedQuery(Expert.COUNT_IN_DISCIPLINE, Long.class).setParameter("prefix", discipline + "%").getSingleResult();
        }
        return new Page<>(items.stream().map(this::view).toList(), total);
    }

    /**
     * An expert declares a conflict of interest with one application, organization or person (only
     * their own profile: 404 otherwise). Every live, unsubmitted review it touches is withdrawn and a
     * replacement drawn under the same rules; a submitted review stays (the officer may still act).
     */
    @RolesAllowed(Roles.EXPERT)
    public ConflictView declare(long expertId, @NotNull @Valid NewConflict request) {
        Expert expert = readable(expertId);
        Long application = Ids.optional("applicationId", request.applicationId());
        Long organization = Ids.optional("organizationId", request.organizationId());
        Long person = Ids.optional("personId", request.personId());
        int given = (application == null ? 0 : 1) + (organization == null ? 0 : 1) + (person == null ? 0 : 1);
        if (given != 1) {
            throw new InvalidInput("applicationId", "name exactly one of applicationId, organizationId, personId");
        }
        if (organization != null && em.find(Organization.class, organization) == null) {
            throw new InvalidInput("organizationId", "no organization " + organization);
        }
        if (person != null && em.find(Account.class, person) == null) {
            throw new InvalidInput("personId", "no person " + person);
        }
        if (application != null && !assignments.applicationExists(application)) {
            throw new InvalidInput("applicationId", "no application " + application);
        }
        DeclaredConflict conflict = new DeclaredConflict(expert.id(), application, organization, person,
                request.reason().strip(), clock.instant());
        em.persist(conflict);
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("expert", expert.id().toString());
        detail.put("application", String.valueOf(application));
        detail.put("organization", String.valueOf(organization));
        detail.put("person", String.valueOf(person));
        detail.put("reason", conflict.reason());
        events.fire(new DomainEvent("CONFLICT_DECLARED", "Expert", expert.id().toString(), detail));
        List<String> replaced = new ArrayList<>();
        for (Review review : em.createNamedQuery(Review.LIVE_OF_EXPERT_FOR, Review.class).setParameter("expert", expert.id()).getResultList()) {
            if (assignments.touchedBy(review, application, organization, person)) {
                assignments.withdrawAndReplace(review, "conflict declared: " + conflict.reason(), "CONFLICT_DECLARED_LATE");
                replaced.add(review.id().toString());
            }
        }
        return ConflictView.of(conflict, replaced);
    }

    /** The conflicts an expert declared: the expert themself or an officer. */
    @RolesAllowed({Roles.PROGRAM_OFFICER, Roles.EXPERT})
    public List<ConflictView> conflicts(long expertId) {
        Expert expert = readable(expertId);
        return em.createNamedQuery(DeclaredConflict.OF, DeclaredConflict.class).setParameter("expert", expert.id())
                .getResultList().stream().map(c -> ConflictView.of(c, List.of())).toList();
    }

    Optional<Expert> byAccount(long accountId) {
        return em.createNamedQuery(Expert.BY_ACCOUNT, Expert.class).setParameter("account", accountId).getResultStream().findFirst();
    }

    private Expert me() {
        return byAccount(Long.parseLong(accounts.me().id())).orElseThrow(() -> new NotFound("expert", "me"));
    }

    /** Officers read every expert; an expert only their own profile, anything else is 404. */
    private Expert readable(long id) {
        Caller caller = accounts.me();
        Expert expert = em.find(Expert.class, id);
        if (expert == null || (!caller.roles().contains(Role.PROGRAM_OFFICER) && expert.accountId() != Long.parseLong(caller.id()))) {
            throw new NotFound("expert", id);
        }
        return expert;
    }

    private void describe(Expert expert, NewExpert request) {
        List<Violation> problems = new ArrayList<>();
        Set<String> disciplines = new LinkedHashSet<>(request.disciplines());
        for (String code : disciplines) {
            if (em.find(Discipline.class, code) == null) {
                problems.add(new Violation("disciplines", "no discipline " + code));
            }
        }
        String region = request.region() == null || request.region().isBlank() ? null : request.region().strip();
        if (region != null && em.find(Jurisdiction.class, region) == null) {
            problems.add(new Violation("region", "no jurisdiction " + region));
        }
        if (request.availableFrom() != null && request.availableUntil() != null
                && request.availableUntil().isBefore(request.availableFrom())) {
            problems.add(new Violation("availableUntil", "before availableFrom"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<String> keywords = request.keywords() == null ? List.of()
                : request.keywords().stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
        expert.describe(disciplines, keywords, blankToNull(request.title()), region, request.availableFrom(),
                request.availableUntil(), request.active() == null || request.active());
    }

    private ExpertView view(Expert expert) {
        Account account = em.find(Account.class, expert.accountId());
        return ExpertView.of(expert, account.username(), account.displayName(), account.organizationId());
    }

    private void fire(String action, Expert expert) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("account", Long.toString(expert.accountId()));
        detail.put("disciplines", String.join(",", expert.disciplines().stream().sorted().toList()));
        detail.put("keywords", String.join(",", expert.keywords()));
        detail.put("active", Boolean.toString(expert.active()));
        detail.put("window", expert.availableFrom() + "/" + expert.availableUntil());
        events.fire(new DomainEvent(action, "Expert", expert.id().toString(), detail));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
