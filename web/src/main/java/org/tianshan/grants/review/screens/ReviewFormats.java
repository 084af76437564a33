package org.tianshan.grants.review.screens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.tianshan.grants.web.screens.Messages;

import java.math.BigDecimal;
import java.time.Instant;

/** How the review screens name a review's status and recommendation ({@code reviewStatus.*}, {@code recommendation.*}). */
@Named("reviewFmt")
@RequestScoped
public class ReviewFormats {

    public String status(String status) {
        return status == null ? "" : Messages.text("reviewStatus." + status);
    }

    /** Waiting for the expert, done, or closed without a review. */
    public String severity(String status) {
        if ("ASSIGNED".equals(status)) {
            return "warning";
        }
        return "SUBMITTED".equals(status) ? "success" : "secondary";
    }

    public String recommendation(String code) {
        return code == null || code.isBlank() ? "" : Messages.text("recommendation." + code);
    }

    /** A weighted score on the 0–100 scale, two decimals; blank before submission. */
    public String score(BigDecimal score) {
        return score == null ? "" : score.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** An open task past its deadline. */
    public boolean overdue(String status, Instant dueAt) {
        return "ASSIGNED".equals(status) && dueAt != null && dueAt.isBefore(Instant.now());
    }
}
