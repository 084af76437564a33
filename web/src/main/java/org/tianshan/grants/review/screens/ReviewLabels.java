package org.tianshan.grants.review.screens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.tianshan.grants.review.boundary.CandidateView;
import org.tianshan.grants.web.screens.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the review screens name the boundary's codes: review statuses ({@code reviewStatus.*}), why an
 * application was left short ({@code unfilled.*}), and each conflict of interest ({@code conflict.*}, with
 * its subject: "同单位：新疆大学").
 */
@Named("reviewLabels")
@RequestScoped
public class ReviewLabels {

    public String reviewStatus(String status) {
        return status == null ? "" : Messages.text("reviewStatus." + status);
    }

    public String reviewSeverity(String status) {
        return "SUBMITTED".equals(status) ? "success" : "ASSIGNED".equals(status) ? "info" : "secondary";
    }

    public String unfilled(String reason) {
        return reason == null ? "" : Messages.text("unfilled." + reason);
    }

    /** A conflict in the screen language with the person, organization or application it is about. */
    public String conflict(CandidateView.Explanation c) {
        String key = "conflict." + c.code();
        return Messages.has(key) ? Messages.text(key, c.subject()) : c.explanation();
    }

    /** A score or deviation to one decimal place; blank while there is none. */
    public String score(BigDecimal value) {
        return value == null ? "—" : value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
