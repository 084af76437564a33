package org.tianshan.grants.review.screens;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.kernel.RuleViolation;
import org.tianshan.grants.kernel.Violation;
import org.tianshan.grants.review.boundary.Decline;
import org.tianshan.grants.review.boundary.ReviewInput;
import org.tianshan.grants.review.boundary.ReviewView;
import org.tianshan.grants.review.boundary.Reviews;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /expert/review.xhtml?id=… (评审表): one of the expert's review tasks. The application as submitted on
 * one side, the call's rubric, the comment and the recommendation on the other. Save keeps a draft;
 * Submit saves what is on the screen and then submits it, so the expert submits exactly what they see;
 * the boundary's refusals (a score out of range, the review incomplete, the comment too short, a stale
 * or closed review) come back as messages. Decline asks a reason. Once the task is no longer ASSIGNED
 * everything is read-only.
 */
@Named("expertReview")
@ViewScoped
public class ExpertReviewScreen implements Serializable {

    @Inject
    Reviews reviews;

    private Long id;
    private ReviewView review;
    private SubmittedApplication application;
    private List<ScoreRow> rubric = List.of();
    private String comment;
    private String recommendation;
    private String declineReason;

    /** One rubric criterion with the score being entered for it. */
    public static class ScoreRow implements Serializable {
        private final String code;
        private final String name;
        private final int weight;
        private final int maxScore;
        private Integer score;

        ScoreRow(ReviewView.Criterion criterion, Integer score) {
            this.code = criterion.code();
            this.name = criterion.name();
            this.weight = criterion.weight();
            this.maxScore = criterion.maxScore();
            this.score = score;
        }

        public String getCode() { return code; }
        public String getName() { return name; }
        public int getWeight() { return weight; }
        public int getMaxScore() { return maxScore; }
        public Integer getScore() { return score; }
        public void setScore(Integer score) { this.score = score; }
    }

    public void load() {
        if (id == null || review != null) {
            return;
        }
        ReviewView read = FacesErrors.attempt(() -> reviews.find(id));
        if (read != null) {
            application = SubmittedApplication.of(read.application());
            show(read);
        }
    }

    /** Keeps the draft on the screen as the expert left it. */
    public void save() {
        if (store() != null) {
            Messages.info("expertReview.saved");
        }
    }

    /** Saves what is on the screen, then submits it: from here on read-only, with the weighted score. */
    public void submit() {
        if (store() == null) {
            return;
        }
        RuleViolation[] refused = new RuleViolation[1];
        ReviewView submitted = FacesErrors.attempt(() -> {
            try {
                return reviews.submit(id);
            } catch (RuleViolation e) {
                refused[0] = e;
                return null;
            }
        });
        if (submitted != null) {
            show(submitted);
            Messages.info("expertReview.submitted");
        } else if (refused[0] != null) {
            explain(refused[0]);
        }
    }

    /**
     * Says in the screen language what the submission still lacks. The boundary names it by rule
     * (REVIEW_INCOMPLETE, COMMENT_TOO_SHORT); the draft it checked is the one just saved from this screen, so
     * the criteria without a score and the comment's length are read here. A rule this screen does not know
     * is shown as FacesErrors shows any refusal.
     */
    private void explain(RuleViolation e) {
        Messages.error("expertReview.refused");
        boolean incomplete = false;
        for (Violation v : e.violations()) {
            switch (v.field()) {
                case "COMMENT_TOO_SHORT":
                    Messages.error("expertReview.refused.COMMENT_TOO_SHORT", getMinCommentLength(), getCommentLength());
                    break;
                case "REVIEW_INCOMPLETE":
                    incomplete = true;
                    break;
                default:
                    FacesErrors.show(new RuleViolation(List.of(v)));
            }
        }
        if (incomplete) {
            List<String> unscored = rubric.stream().filter(r -> r.getScore() == null).map(ScoreRow::getName).toList();
            if (!unscored.isEmpty()) {
                Messages.error("expertReview.refused.unscored", String.join("、", unscored));
            }
            if (recommendation == null || recommendation.isBlank()) {
                Messages.error("expertReview.refused.noRecommendation");
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Declines the task with a reason; the boundary draws a replacement expert. */
    public void decline() {
        if (declineReason == null || declineReason.isBlank()) {
            Messages.error("expertReview.decline.reasonRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        ReviewView declined = FacesErrors.attempt(() -> reviews.decline(id, new Decline(declineReason.strip())));
        if (declined != null) {
            show(declined);
            declineReason = null;
            Messages.info("expertReview.declined");
        }
    }

    /** Reads the task again, e.g. after someone else's change made the screen stale. */
    public void reload() {
        ReviewView read = FacesErrors.attempt(() -> reviews.find(id));
        if (read != null) {
            show(read);
        }
    }

    private ReviewView store() {
        if (review == null) {
            return null;
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        rubric.stream().filter(r -> r.getScore() != null).forEach(r -> scores.put(r.getCode(), r.getScore()));
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        String choice = recommendation == null || recommendation.isBlank() ? null : recommendation;
        ReviewView saved = FacesErrors.attempt(() -> reviews.save(id, new ReviewInput(scores, text, choice, review.version())));
        if (saved != null) {
            show(saved);
        }
        return saved;
    }

    /** Takes the boundary's answer as the screen's state; the application stays as first read (it is frozen). */
    private void show(ReviewView view) {
        review = new ReviewView(view.id(), view.applicationId(), view.callId(), view.title(), view.status(), view.dueAt(),
                view.scores(), view.comment(), view.recommendation(), view.weightedScore(), view.submittedAt(), view.version(),
                view.rubric(), view.minCommentLength(), null);
        List<ScoreRow> rows = new ArrayList<>();
        for (ReviewView.Criterion c : view.rubric()) {
            rows.add(new ScoreRow(c, view.scores() == null ? null : view.scores().get(c.code())));
        }
        rubric = rows;
        comment = view.comment();
        recommendation = view.recommendation();
    }

    /** Only an ASSIGNED task takes scores; submitted, declined and withdrawn ones are read-only. */
    public boolean isEditable() {
        return review != null && "ASSIGNED".equals(review.status());
    }

    public int getMinCommentLength() {
        return review == null || review.minCommentLength() == null ? 0 : review.minCommentLength();
    }

    /** The comment's length as the boundary counts it: code points, without surrounding blanks. */
    public int getCommentLength() {
        String text = comment == null ? "" : comment.strip();
        return text.codePointCount(0, text.length());
    }

    /** The recommendations A–D, in order. */
    public List<String> getRecommendations() {
        return List.of("A", "B", "C", "D");
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ReviewView getReview() { return review; }
    public SubmittedApplication getApplication() { return application; }
    public List<ScoreRow> getRubric() { return rubric; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String declineReason) { this.declineReason = declineReason; }
}
