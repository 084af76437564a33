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
import org.tianshan.grants.application.boundary.ReviewStages;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.call.entity.Call;
import org.tianshan.grants.call.entity.CallStatus;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.Ids;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.Sha256;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.review.control.Affinity;
import org.tianshan.grants.review.control.ApplicationFacts;
import org.tianshan.grants.review.control.AssignmentResult;
import org.tianshan.grants.review.control.CandidateGraph;
import org.tianshan.grants.review.control.Conflict;
import org.tianshan.grants.review.control.ConflictRules;
import org.tianshan.grants.review.control.ExpertFacts;
import org.tianshan.grants.review.control.FactsQuery;
import org.tianshan.grants.review.control.OptimalMatching;
import org.tianshan.grants.review.control.Pair;
import org.tianshan.grants.review.control.RandomDraw;
import org.tianshan.grants.review.control.Unfilled;
import org.tianshan.grants.review.entity.AssignmentMode;
import org.tianshan.grants.review.entity.AssignmentRun;
import org.tianshan.grants.review.entity.Review;
import org.tianshan.grants.review.entity.ReviewStatus;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Expert assignment (分配评审专家): the whole call at once (a seeded RANDOM draw or the OPTIMAL
 * affinity matching, both under every avoidance rule and the load cap), a replacement after a decline
 * or a late conflict, and an officer's swap by hand. A run is one transaction: it assigns everything or
 * nothing. Runs on a call are serialised by a lock on the call's row, so loads and caps stay exact.
 */
@Stateless
public class Assignments {

    /** The load cap per expert and call where the call sets none. */
    public static final int DEFAULT_LOAD_CAP = 15;
    public static final Duration DEFAULT_REVIEW_PERIOD = Duration.ofDays(14);
    private static final long SEED_BOUND = (1L << 53) - 1;
    private static final int INSERT_CHUNK = 1000;
    private static final DateTimeFormatter SQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final Logger LOG = Logger.getLogger(Assignments.class.getName());
    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    FactsQuery facts;

    @EJB
    ReviewStages stages;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /**
     * Assigns experts to every reviewable application of a CLOSED call (409 otherwise) that still lacks
     * reviewers, RANDOM (reproducible from the recorded seed) or OPTIMAL (maximum total affinity). Never
     * a conflicted pair, never over the load cap; applications that cannot be fully staffed are reported.
     */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public AssignmentOutcome assign(long callId, @NotNull AssignmentRequest request) {
        AssignmentMode mode = mode(request.mode());
        Instant now = clock.instant();
        Instant dueAt = dueAt(request, now);
        if (request.seed() != null && (request.seed() < 0 || request.seed() > SEED_BOUND)) {
            throw new InvalidInput("seed", "between 0 and " + SEED_BOUND);
        }
        Call call = lockedCall(callId);
        int perApplication = request.perApplication() == null ? call.reviewersPerApplication() : request.perApplication();
        if (perApplication < 1 || perApplication > 15) {
            throw new InvalidInput("perApplication", "between 1 and 15");
        }
        if (call.status() != CallStatus.CLOSED) {
            throw new StateConflict("CALL_NOT_CLOSED", "call " + callId + " is " + call.status() + "; experts are assigned once it is CLOSED");
        }
        Long seed = mode == AssignmentMode.RANDOM ? (request.seed() != null ? request.seed() : SEEDS.nextLong() & SEED_BOUND) : null;
        Phases phases = new Phases();
        List<ApplicationFacts> applications = facts.applications(callId, perApplication, null);
        List<ExpertFacts> experts = facts.experts(callId, loadCap(call), LocalDate.ofInstant(now, ZoneOffset.UTC));
        phases.end("load");
        CandidateGraph graph = CandidateGraph.build(applications, experts);
        phases.end("conflicts+graph");
        AssignmentResult result = mode == AssignmentMode.RANDOM ? RandomDraw.assign(graph, seed) : OptimalMatching.assign(graph);
        phases.end("solve");
        AssignmentRun run = new AssignmentRun(callId, mode, seed, perApplication, accounts.me().username(), now);
        em.persist(run);
        em.flush();
        Map<String, Long> reviewIds = insertReviews(call, run, graph, result.pairs(), dueAt, now);
        List<Long> staffed = result.pairs().stream().map(p -> graph.application(p.application()).applicationId()).distinct().toList();
        stages.underReview(callId, staffed, "experts assigned (run " + run.id() + ")");
        run.outcome(result.pairs().size(), result.unfilled().size());
        List<AssignmentView> views = new ArrayList<>(result.pairs().size());
        StringBuilder digest = new StringBuilder();
        for (Pair pair : result.pairs()) {
            ApplicationFacts application = graph.application(pair.application());
            ExpertFacts expert = graph.expert(pair.expert());
            String reviewId = String.valueOf(reviewIds.get(application.applicationId() + ":" + expert.expertId()));
            views.add(new AssignmentView(Long.toString(application.applicationId()), Long.toString(expert.expertId()),
                    Long.toString(expert.accountId()), reviewId, ReviewStatus.ASSIGNED.name(), pair.affinity()));
            digest.append(application.applicationId()).append(':').append(expert.expertId()).append('\n');
        }
        List<AssignmentOutcome.UnfilledView> unfilled = result.unfilled().stream()
                .map(u -> unfilledView(graph, u)).toList();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("call", Long.toString(callId));
        detail.put("mode", mode.name());
        detail.put("seed", String.valueOf(seed));
        detail.put("perApplication", Integer.toString(perApplication));
        detail.put("loadCap", Integer.toString(loadCap(call)));
        detail.put("assigned", Integer.toString(result.pairs().size()));
        detail.put("totalAffinity", Long.toString(result.totalAffinity()));
        detail.put("unfilled", unfilled.stream().map(u -> u.applicationId() + ":" + u.missing() + ":" + u.reason())
                .collect(Collectors.joining(",")));
        detail.put("pairsDigest", Sha256.hex(digest.toString()));
        events.fire(new DomainEvent("REVIEWERS_ASSIGNED", "AssignmentRun", run.id().toString(), detail));
        em.flush();
        phases.end("persist");
        LOG.info(() -> "assignment run " + run.id() + " on call " + callId + " (" + mode + "): " + applications.size()
                + " applications, " + experts.size() + " experts, " + graph.arcs() + " eligible pairs, "
                + result.pairs().size() + " assigned, " + unfilled.size() + " unfilled; " + phases);
        return new AssignmentOutcome(run.id().toString(), mode.name(), seed, perApplication, result.pairs().size(), views,
                unfilled, phases.list());
    }

    /** The call's live assignments (ASSIGNED or SUBMITTED reviews), by application. */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public Page<AssignmentView> list(long callId, @NotNull PageRequest page) {
        if (em.find(Call.class, callId) == null) {
            throw new NotFound("call", callId);
        }
        List<Object[]> rows = em.createQuery("select r.id, r.applicationId, r.expertId, e.accountId, r.status, r.affinity "
                        + "from Review r, Expert e where e.id = r.expertId and r.callId = :call and r.status in :live "
                        + "order by r.applicationId, r.id", Object[].class)
                .setParameter("call", callId).setParameter("live", List.of(ReviewStatus.ASSIGNED, ReviewStatus.SUBMITTED))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery(Review.COUNT_LIVE_OF_CALL, Long.class).setParameter("call", callId)
                .setParameter("live", List.of(ReviewStatus.ASSIGNED, ReviewStatus.SUBMITTED)).getSingleResult();
        return new Page<>(rows.stream().map(r -> new AssignmentView(r[1].toString(), r[2].toString(), r[3].toString(),
                r[0].toString(), ((ReviewStatus) r[4]).name(), ((Number) r[5]).intValue())).toList(), total);
    }

    /**
     * The experts whose disciplines match an application, each with the affinity, the room left, and
     * every conflict explained, so the officer sees why a pair is excluded.
     */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public Page<CandidateView> candidates(long applicationId, @NotNull PageRequest page) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        if (application == null || application.status() == ApplicationStatus.DRAFT) {
            throw new NotFound("application", applicationId);
        }
        Call call = em.find(Call.class, application.callId());
        ApplicationFacts facts = this.facts.applications(call.id(), call.reviewersPerApplication(), List.of(applicationId)).get(0);
        Map<Long, ReviewStatus> drawn = new HashMap<>();
        em.createNamedQuery(Review.OF_APPLICATION, Review.class).setParameter("application", applicationId).getResultList()
                .forEach(r -> drawn.put(r.expertId(), r.status()));
        // the affinity once per expert: it filters, orders and is shown
        record Matched(ExpertFacts expert, int affinity) {
        }
        List<Matched> matched = this.facts.experts(call.id(), loadCap(call), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                .stream().map(e -> new Matched(e, Affinity.score(facts, e))).filter(m -> m.affinity() >= 0)
                .sorted(Comparator.comparingInt((Matched m) -> -m.affinity()).thenComparingLong(m -> m.expert().expertId()))
                .toList();
        Explanations explain = new Explanations(em);
        List<CandidateView> items = matched.stream().skip(page.offset()).limit(page.size()).map(m -> {
            ExpertFacts e = m.expert();
            List<Conflict> conflicts = ConflictRules.all(facts, e);
            ReviewStatus review = drawn.get(e.expertId());
            return new CandidateView(Long.toString(e.expertId()), Long.toString(e.accountId()), explain.person(e.accountId()),
                    m.affinity(), e.capacity(), conflicts.isEmpty() && review == null && e.capacity() > 0,
                    review == null ? null : review.name(), conflicts.stream().map(explain::of).toList());
        }).toList();
        return new Page<>(items, matched.size());
    }

    /**
     * The officer swaps the expert of an unsubmitted review by hand, with a reason. The new expert must
     * pass every rule a draw would apply (422 naming each one failed).
     */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public AssignmentView reassign(long reviewId, @NotNull @Valid Reassignment request) {
        Review review = em.find(Review.class, reviewId);
        if (review == null) {
            throw new NotFound("review", reviewId);
        }
        long expertId = Ids.parse("expertId", request.expertId());
        Call call = lockedCall(review.callId());
        em.refresh(review);
        if (review.status() != ReviewStatus.ASSIGNED) {
            throw new StateConflict("WRONG_STATE", "review " + reviewId + " is " + review.status() + "; only an unsubmitted review can be swapped");
        }
        ApplicationFacts application = facts.applications(call.id(), call.reviewersPerApplication(), List.of(review.applicationId())).get(0);
        ExpertFacts expert = facts.experts(call.id(), loadCap(call), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).stream()
                .filter(e -> e.expertId() == expertId).findFirst()
                .orElseThrow(() -> new RuleViolation("EXPERT_UNAVAILABLE", "expert " + expertId
                        + " is not an active, available expert of the pool"));
        List<Violation> problems = new ArrayList<>();
        Explanations explain = new Explanations(em);
        ConflictRules.all(application, expert).forEach(c -> problems.add(new Violation("CONFLICT_OF_INTEREST", explain.of(c).explanation())));
        if (Affinity.score(application, expert) < 0) {
            problems.add(new Violation("DISCIPLINE_MISMATCH", "expert " + expertId + " has no discipline under "
                    + application.discipline()));
        }
        if (Arrays.stream(application.previousExpertIds()).anyMatch(id -> id == expertId)) {
            problems.add(new Violation("ALREADY_DRAWN", "expert " + expertId + " was drawn for this application before"));
        }
        if (expert.capacity() <= 0) {
            problems.add(new Violation("LOAD_CAP", "expert " + expertId + " already has " + loadCap(call) + " applications of this call"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        review.withdraw("swapped by the officer: " + request.reason().strip());
        AssignmentRun run = new AssignmentRun(call.id(), AssignmentMode.MANUAL, null, 1, accounts.me().username(), clock.instant());
        run.outcome(1, 0);
        em.persist(run);
        em.flush();
        Review replacement = new Review(call.id(), review.applicationId(), expertId, run.id(), Affinity.score(application, expert),
                review.dueAt(), clock.instant());
        em.persist(replacement);
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("application", Long.toString(review.applicationId()));
        detail.put("withdrawn", review.id() + ":" + review.expertId());
        detail.put("assigned", replacement.id() + ":" + expertId);
        detail.put("reason", request.reason().strip());
        events.fire(new DomainEvent("REVIEWER_SWAPPED", "Review", replacement.id().toString(), detail));
        return new AssignmentView(Long.toString(review.applicationId()), Long.toString(expertId), Long.toString(expert.accountId()),
                replacement.id().toString(), replacement.status().name(), replacement.affinity());
    }

    /**
     * Draws a replacement for a review that was just declined or withdrawn, under the same rules, with a
     * fresh recorded seed; empty when nobody eligible is left (the application stays short, audited).
     */
    @RolesAllowed({Roles.EXPERT, Roles.PROGRAM_OFFICER})
    public Optional<Review> replace(Review closed, String why) {
        Call call = lockedCall(closed.callId());
        em.flush();
        GrantApplication application = em.find(GrantApplication.class, closed.applicationId());
        if (application.status() != ApplicationStatus.UNDER_REVIEW && application.status() != ApplicationStatus.ACCEPTED) {
            return Optional.empty();   // the review stage is over: nothing to staff
        }
        long seed = SEEDS.nextLong() & SEED_BOUND;
        List<ApplicationFacts> one = facts.applications(call.id(), call.reviewersPerApplication(), List.of(closed.applicationId()));
        CandidateGraph graph = CandidateGraph.build(one,
                facts.experts(call.id(), loadCap(call), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        AssignmentResult result = RandomDraw.assign(graph, seed);
        AssignmentRun run = new AssignmentRun(call.id(), AssignmentMode.REPLACEMENT, seed, one.get(0).needed(), accounts.me().username(), clock.instant());
        run.outcome(result.pairs().size(), result.unfilled().size());
        em.persist(run);
        em.flush();
        Review replacement = null;
        for (Pair pair : result.pairs()) {
            replacement = new Review(call.id(), closed.applicationId(), graph.expert(pair.expert()).expertId(), run.id(),
                    pair.affinity(), closed.dueAt().isAfter(clock.instant()) ? closed.dueAt() : clock.instant().plus(DEFAULT_REVIEW_PERIOD),
                    clock.instant());
            em.persist(replacement);
        }
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("application", Long.toString(closed.applicationId()));
        detail.put("closed", closed.id() + ":" + closed.expertId() + ":" + closed.status());
        detail.put("why", why);
        detail.put("seed", Long.toString(seed));
        detail.put("assigned", replacement == null ? "" : replacement.id() + ":" + replacement.expertId());
        detail.put("unfilled", result.unfilled().isEmpty() ? "" : result.unfilled().get(0).reason().name());
        events.fire(new DomainEvent(replacement == null ? "REVIEWER_REPLACEMENT_UNFILLED" : "REVIEWER_REPLACED", "AssignmentRun",
                run.id().toString(), detail));
        return Optional.ofNullable(replacement);
    }

    /** Takes a review off its expert (a late conflict) and draws a replacement. */
    @RolesAllowed({Roles.EXPERT, Roles.PROGRAM_OFFICER})
    public Optional<Review> withdrawAndReplace(Review review, String reason, String why) {
        review.withdraw(reason);
        return replace(review, why);
    }

    /** Whether a conflict declared now touches a review: its application, the host or a team organization, or a team member. */
    @RolesAllowed({Roles.EXPERT, Roles.PROGRAM_OFFICER})
    public boolean touchedBy(Review review, Long applicationId, Long organizationId, Long personId) {
        if (applicationId != null) {
            return applicationId == review.applicationId();
        }
        ApplicationFacts application = facts.applications(review.callId(), 0, List.of(review.applicationId())).get(0);
        return organizationId != null && (organizationId.equals(application.hostOrganizationId())
                || Arrays.stream(application.teamOrganizationIds()).anyMatch(o -> o == organizationId))
                || personId != null && Arrays.stream(application.teamAccountIds()).anyMatch(p -> p == personId);
    }

    @RolesAllowed({Roles.EXPERT, Roles.PROGRAM_OFFICER})
    public boolean applicationExists(long applicationId) {
        GrantApplication application = em.find(GrantApplication.class, applicationId);
        return application != null && application.status() != ApplicationStatus.DRAFT;
    }

    static int loadCap(Call call) {
        return call.maxPerExpert() == null ? DEFAULT_LOAD_CAP : call.maxPerExpert();
    }

    private Call lockedCall(long callId) {
        Call call = em.find(Call.class, callId, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw new NotFound("call", callId);
        }
        return call;
    }

    private static AssignmentMode mode(String mode) {
        if ("RANDOM".equals(mode)) {
            return AssignmentMode.RANDOM;
        }
        if ("OPTIMAL".equals(mode)) {
            return AssignmentMode.OPTIMAL;
        }
        throw new InvalidInput("mode", "one of RANDOM, OPTIMAL");
    }

    private static Instant dueAt(AssignmentRequest request, Instant now) {
        if (request.dueAt() == null) {
            return now.plus(DEFAULT_REVIEW_PERIOD);
        }
        Instant due = request.dueAt().toInstant();
        if (!due.isAfter(now)) {
            throw new InvalidInput("dueAt", "in the future");
        }
        return due;
    }

    private static AssignmentOutcome.UnfilledView unfilledView(CandidateGraph graph, Unfilled u) {
        return new AssignmentOutcome.UnfilledView(Long.toString(graph.application(u.application()).applicationId()), u.missing(),
                u.reason().name());
    }

    /**
     * Writes the run's reviews set-wise (multi-row INSERTs; an entity per row would take minutes for
     * 100,000 pairs) and reads their ids back by run. Every value is ours (ids, affinities, the two instants
     * formatted here), so the statements carry no bind parameters: EclipseLink files each positional argument
     * of a native query with a linear search over those before it, which made 1,000 timestamp arguments per
     * statement cost more than the insert itself (about 7 s of CPU for 100,000 reviews).
     */
    private Map<String, Long> insertReviews(Call call, AssignmentRun run, CandidateGraph graph, List<Pair> pairs,
                                            Instant dueAt, Instant now) {
        String due = "'" + SQL_DATETIME.format(LocalDateTime.ofInstant(dueAt, ZoneOffset.UTC)) + "'";
        String created = "'" + SQL_DATETIME.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)) + "'";
        String tail = ",'ASSIGNED'," + due + "," + created + ",0)";
        for (int start = 0; start < pairs.size(); start += INSERT_CHUNK) {
            List<Pair> chunk = pairs.subList(start, Math.min(pairs.size(), start + INSERT_CHUNK));
            StringBuilder sql = new StringBuilder(140 + 64 * chunk.size()).append("insert into review (call_id, application_id, "
                    + "expert_id, run_id, affinity, status, due_at, created_at, version) values ");
            for (int i = 0; i < chunk.size(); i++) {
                Pair p = chunk.get(i);
                sql.append(i == 0 ? "" : ",").append('(').append(call.id()).append(',')
                        .append(graph.application(p.application()).applicationId()).append(',')
                        .append(graph.expert(p.expert()).expertId()).append(',').append(run.id()).append(',')
                        .append(p.affinity()).append(tail);
            }
            em.createNativeQuery(sql.toString()).executeUpdate();
        }
        Map<String, Long> ids = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, application_id, expert_id from review where run_id = ?")
                .setParameter(1, run.id()).getResultList();
        rows.forEach(r -> ids.put(((Number) r[1]).longValue() + ":" + ((Number) r[2]).longValue(), ((Number) r[0]).longValue()));
        return ids;
    }

    /** Wall time and heap in use per phase, for the log, the response and the benchmark. */
    private static final class Phases {
        private final List<AssignmentOutcome.Phase> list = new ArrayList<>();
        private long start = System.nanoTime();

        void end(String name) {
            long now = System.nanoTime();
            Runtime rt = Runtime.getRuntime();
            list.add(new AssignmentOutcome.Phase(name, (now - start) / 1_000_000, (rt.totalMemory() - rt.freeMemory()) >> 20));
            start = now;
        }

        List<AssignmentOutcome.Phase> list() {
            return List.copyOf(list);
        }

        @Override
        public String toString() {
            return list.stream().map(p -> p.name() + " " + p.millis() + " ms (heap " + p.heapMb() + " MB)").collect(Collectors.joining(", "));
        }
    }
}
