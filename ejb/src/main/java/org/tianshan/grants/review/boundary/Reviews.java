package org.tianshan.grants.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tianshan.grants.application.entity.ApplicationVersion;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.call.entity.Call;
import org.tianshan.grants.call.entity.RubricCriterion;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.StateConflict;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.platform.boundary.Accounts;
import org.tianshan.grants.review.control.ReviewScoring;
import org.tianshan.grants.review.entity.Expert;
import org.tianshan.grants.review.entity.Review;
import org.tianshan.grants.review.entity.ReviewStatus;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scoring (评审打分): an expert sees only their own review tasks and the application as it was submitted;
 * saves drafts, submits once (read-only afterwards) or declines with a reason, which draws a replacement.
 * Anyone else's review is 404. Applicants never see who reviewed them.
 */
@Stateless
public class Reviews {

    /** The shortest comment an expert may submit, in characters (code points). */
    public static final int MIN_COMMENT_LENGTH = 30;
    /** Frozen-content fields an expert is not shown: the applicant's exclusion list names experts. */
    private static final Set<String> HIDDEN = Set.of("excludedExperts", "checks", "duplicates", "version");

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

    /** The caller's own review tasks, by deadline. */
    @RolesAllowed(Roles.EXPERT)
    public Page<ReviewView> mine(@NotNull PageRequest page) {
        Expert me = me();
        List<ReviewView> items = em.createNamedQuery(Review.OF_EXPERT, Review.class).setParameter("expert", me.id())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> view(r, false)).toList();
        return new Page<>(items, em.createNamedQuery(Review.COUNT_OF_EXPERT, Long.class).setParameter("expert", me.id()).getSingleResult());
    }

    /** One of the caller's reviews with the frozen submitted application (anyone else's: 404). */
    @RolesAllowed(Roles.EXPERT)
    public ReviewView find(long id) {
        return view(own(id), true);
    }

    /**
     * Saves a draft: only criteria of the call's rubric, each score within 0..maxScore (400 otherwise); a
     * submitted, declined or withdrawn review is read-only (409); a stale {@code version} is a 409.
     */
    @RolesAllowed(Roles.EXPERT)
    public ReviewView save(long id, @NotNull @Valid ReviewInput input) {
        Review review = own(id);
        if (input.version() != null && input.version() != review.version()) {
            throw new StateConflict("STALE_VERSION", "review " + id + " changed since version " + input.version());
        }
        Call call = em.find(Call.class, review.callId());
        Map<String, Integer> scores = input.scores() == null ? Map.of() : input.scores();
        List<Violation> problems = new ArrayList<>();
        Map<String, RubricCriterion> rubric = new LinkedHashMap<>();
        call.rubric().forEach(c -> rubric.put(c.code(), c));
        scores.forEach((code, score) -> {
            RubricCriterion criterion = rubric.get(code);
            if (criterion == null) {
                problems.add(new Violation("scores." + code, "not a criterion of this call's rubric " + rubric.keySet()));
            } else if (score == null || score < 0 || score > criterion.maxScore()) {
                problems.add(new Violation("scores." + code, "between 0 and " + criterion.maxScore()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        review.draft(scores, input.comment() == null ? null : input.comment().strip(), input.recommendation());
        em.lock(review, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return view(review, false);
    }

    /**
     * Submits the saved review once: every criterion scored, a comment of at least
     * {@value #MIN_COMMENT_LENGTH} characters and a recommendation (422 listing what is missing); a
     * second submission is a 409. The weighted score is fixed at this moment.
     */
    @RolesAllowed(Roles.EXPERT)
    public ReviewView submit(long id) {
        Review review = own(id);
        em.lock(review, LockModeType.PESSIMISTIC_WRITE);
        if (review.status() != ReviewStatus.ASSIGNED) {
            throw new StateConflict("WRONG_STATE", "review " + id + " is " + review.status() + " and cannot be submitted");
        }
        Call call = em.find(Call.class, review.callId());
        List<Violation> missing = new ArrayList<>();
        for (RubricCriterion c : call.rubric()) {
            if (!review.scores().containsKey(c.code())) {
                missing.add(new Violation("REVIEW_INCOMPLETE", "no score for criterion " + c.code() + " (" + c.name() + ")"));
            }
        }
        String comment = review.comment() == null ? "" : review.comment();
        if (comment.codePointCount(0, comment.length()) < MIN_COMMENT_LENGTH) {
            missing.add(new Violation("COMMENT_TOO_SHORT", "the comment needs at least " + MIN_COMMENT_LENGTH + " characters"));
        }
        if (review.recommendation() == null) {
            missing.add(new Violation("REVIEW_INCOMPLETE", "no recommendation (A, B, C or D)"));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(missing);
        }
        BigDecimal weighted = ReviewScoring.weighted(call.rubric().stream()
                .map(c -> new ReviewScoring.Criterion(c.code(), c.weight(), c.maxScore())).toList(), review.scores());
        review.submit(weighted, clock.instant());
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("application", Long.toString(review.applicationId()));
        detail.put("expert", Long.toString(review.expertId()));
        detail.put("scores", review.scores().toString());
        detail.put("weightedScore", weighted.toPlainString());
        detail.put("recommendation", review.recommendation());
        events.fire(new DomainEvent("REVIEW_SUBMITTED", "Review", review.id().toString(), detail));
        return view(review, false);
    }

    /** The expert declines an unsubmitted review with a reason (409 once submitted); a replacement is drawn under the same rules. */
    @RolesAllowed(Roles.EXPERT)
    public ReviewView decline(long id, @NotNull @Valid Decline request) {
        Review review = own(id);
        review.decline(request.reason().strip());
        em.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("application", Long.toString(review.applicationId()));
        detail.put("expert", Long.toString(review.expertId()));
        detail.put("reason", request.reason().strip());
        events.fire(new DomainEvent("REVIEW_DECLINED", "Review", review.id().toString(), detail));
        assignments.replace(review, "declined: " + request.reason().strip());
        return view(review, false);
    }

    private Expert me() {
        long account = Long.parseLong(accounts.me().id());
        return em.createNamedQuery(Expert.BY_ACCOUNT, Expert.class).setParameter("account", account).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("expert", "me"));
    }

    private Review own(long id) {
        Review review = em.find(Review.class, id);
        long account = Long.parseLong(accounts.me().id());
        if (review == null || em.find(Expert.class, review.expertId()).accountId() != account) {
            throw new NotFound("review", id);
        }
        return review;
    }

    private ReviewView view(Review r, boolean withApplication) {
        Call call = em.find(Call.class, r.callId());
        GrantApplication application = em.find(GrantApplication.class, r.applicationId());
        JsonObject frozen = null;
        if (withApplication) {
            ApplicationVersion version = em.find(ApplicationVersion.class,
                    new ApplicationVersion.Key(r.applicationId(), application.frozenVersion()));
            if (version != null) {
                try (JsonReader reader = Json.createReader(new StringReader(version.content()))) {
                    JsonObjectBuilder shown = Json.createObjectBuilder();
                    reader.readObject().forEach((k, v) -> {
                        if (!HIDDEN.contains(k)) {
                            shown.add(k, v);
                        }
                    });
                    frozen = shown.add("contentHash", version.contentHash()).build();
                }
            }
        }
        return new ReviewView(r.id().toString(), Long.toString(r.applicationId()), Long.toString(r.callId()), application.title(),
                r.status().name(), r.dueAt(), r.scores(), r.comment(), r.recommendation(), r.weightedScore(), r.submittedAt(),
                r.version(), call.rubric().stream().map(c -> new ReviewView.Criterion(c.code(), c.name(), c.weight(), c.maxScore())).toList(),
                MIN_COMMENT_LENGTH, frozen);
    }
}
