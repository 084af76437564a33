package org.tianshan.grants.decision.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.decision.boundary.Approval;
import org.tianshan.grants.decision.boundary.FundingPlans;
import org.tianshan.grants.decision.boundary.PlanDecision;
import org.tianshan.grants.decision.boundary.PlanView;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.web.screens.CurrentUser;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Formats;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * /director/plans.xhtml (立项审批): the funding plans awaiting approval, newest first; one opened with its
 * items and its total against the call's budget. Approve (confirmed) starts the public notice; Return
 * needs the reason. Whoever proposed a plan cannot decide it — the boundary refuses (SELF_APPROVAL) and
 * the screen says why, and warns beforehand.
 */
@Named("directorPlans")
@ViewScoped
public class DirectorPlansScreen implements Serializable {

    @Inject
    FundingPlans plans;

    @Inject
    CurrentUser user;

    @Inject
    Formats fmt;

    private BoundaryPages<PlanView> list;
    private PlanView selected;
    private String comment;
    private String returnReason;

    public BoundaryPages<PlanView> getList() {
        if (list == null) {
            FundingPlans boundary = plans;
            list = new BoundaryPages<>(boundary::pending);
        }
        return list;
    }

    public void open(PlanView plan) {
        selected = FacesErrors.attempt(() -> plans.find(Long.parseLong(plan.id())));
        comment = null;
        returnReason = null;
    }

    public void close() {
        selected = null;
    }

    /** Approves the open plan: its public notice starts now. */
    public void approve() {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        Approval approval = FacesErrors.attempt(() -> plans.approve(Long.parseLong(selected.id()), new PlanDecision(text)));
        if (approval != null) {
            Messages.info("directorPlans.approved", fmt.time(approval.endsAt()));
            selected = null;
        }
    }

    /** Returns the open plan to the officer with the reason (required). */
    public void sendBack() {
        PlanView returned = FacesErrors.attempt(() -> plans.sendBack(Long.parseLong(selected.id()), new PlanDecision(returnReason)));
        if (returned != null) {
            Messages.info("directorPlans.returned");
            selected = null;
        }
    }

    /** The signed-in director proposed this plan: separation of duties forbids deciding it. */
    public boolean isOwnPlan() {
        return selected != null && selected.proposedBy().equals(user.getUsername());
    }

    public BudgetBar getBar() {
        return selected == null ? null : BudgetBar.of(new BigDecimal(selected.total()), selected.callBudget());
    }

    public PlanView getSelected() { return selected; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getReturnReason() { return returnReason; }
    public void setReturnReason(String returnReason) { this.returnReason = returnReason; }
}
