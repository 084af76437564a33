package org.tianshan.grants.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.review.entity.ReviewStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who is told about review tasks: the experts who hold them, at the email address their account has now.
 * Read-only projections of the review, call, application and platform tables, as {@link Recipients} does
 * for a PI: the review boundaries answer a signed-in expert or officer, and the mailer acts for nobody.
 * Only tasks still ASSIGNED count: one already declined or withdrawn is nothing to do.
 */
@Dependent
public class ReviewRecipients {

    /** An expert and the new tasks a run gave them. */
    public record Tasks(long accountId, String displayName, String email, long count) {
    }

    /** The new tasks of a run, by expert, with the call they are for and their deadline. */
    public record RunTasks(long runId, String callTitle, Instant dueAt, List<Tasks> experts) {
    }

    /** A review still open, its expert, and what the reminder names. */
    public record DueReview(long reviewId, long runId, Instant dueAt, long accountId, String displayName, String email,
                            String callTitle, String applicationTitle) {
    }

    @PersistenceContext
    EntityManager em;

    /** The run's open tasks by expert; empty if the run does not exist or left nobody a task. */
    public Optional<RunTasks> ofRun(long runId) {
        List<String> call = em.createQuery("select c.title from AssignmentRun a, GrantCall c where a.id = :run and c.id = a.callId",
                String.class).setParameter("run", runId).getResultList();
        // one deadline per run (a call's run gives all its tasks the same; a replacement's run has one task);
        // the earliest, should they ever differ, so that nobody is told a later one than theirs
        List<Instant> due = em.createQuery("select r.dueAt from Review r where r.runId = :run and r.status = :open order by r.dueAt",
                Instant.class).setParameter("run", runId).setParameter("open", ReviewStatus.ASSIGNED).setMaxResults(1).getResultList();
        if (call.isEmpty() || due.isEmpty()) {
            return Optional.empty();
        }
        List<Tasks> experts = em.createQuery("select e.accountId, p.displayName, p.email, count(r) from Review r, Expert e, Account p "
                        + "where r.runId = :run and r.status = :open and e.id = r.expertId and p.id = e.accountId "
                        + "group by e.accountId, p.displayName, p.email order by e.accountId", Object[].class)
                .setParameter("run", runId).setParameter("open", ReviewStatus.ASSIGNED).getResultList().stream()
                .map(r -> new Tasks(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
                .toList();
        return Optional.of(new RunTasks(runId, call.get(0), due.get(0), experts));
    }

    /** The run a review was assigned in. */
    public Optional<Long> runOf(long reviewId) {
        return em.createQuery("select r.runId from Review r where r.id = :id", Long.class).setParameter("id", reviewId)
                .getResultStream().findFirst();
    }

    /** The review with its expert, if it is still open (ASSIGNED). */
    public Optional<DueReview> due(long reviewId) {
        List<Object[]> rows = em.createQuery("select r.runId, r.dueAt, e.accountId, p.displayName, p.email, c.title, a.title "
                        + "from Review r, Expert e, Account p, GrantCall c, GrantApplication a where r.id = :id and r.status = :open "
                        + "and e.id = r.expertId and p.id = e.accountId and c.id = r.callId and a.id = r.applicationId", Object[].class)
                .setParameter("id", reviewId).setParameter("open", ReviewStatus.ASSIGNED).getResultList();
        return rows.stream().findFirst().map(r -> new DueReview(reviewId, ((Number) r[0]).longValue(), (Instant) r[1],
                ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5], (String) r[6]));
    }
}
