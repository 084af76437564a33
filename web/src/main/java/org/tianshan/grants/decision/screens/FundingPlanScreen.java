package org.tianshan.grants.decision.screens;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.Calls;
import org.tianshan.grants.decision.boundary.FundingPlans;
import org.tianshan.grants.decision.boundary.PlanRequest;
import org.tianshan.grants.decision.boundary.PlanView;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /officer/funding-plan.xhtml?call=… (立项建议): the call's frozen ranking as the rows of the plan, an
 * amount for each application to fund (empty: not funded), the reason whenever the amount is below the
 * request, and the budget bar of the plan against the call's total budget, red when over. "Default plan"
 * fills the amounts from the boundary's proposal; "Propose" sends the plan to a director. A plan in its
 * public notice (or concluded) is shown as it was approved, with the way to its objections.
 */
@Named("fundingPlan")
@ViewScoped
public class FundingPlanScreen implements Serializable {

    @Inject
    FundingPlans plans;

    @Inject
    Calls calls;

    private Long callId;
    private CallView call;
    private PlanView plan;
    private List<Row> rows = new ArrayList<>();

    /** One application of the ranking as the editor holds it; {@code amount} and {@code reason} are edited. */
    public static class Row implements Serializable {
        private final String applicationId;
        private final Integer rank;
        private final String title;
        private final String requested;
        private final String status;
        private String amount;
        private String reason;

        Row(PlanView.Item item) {
            this.applicationId = item.applicationId();
            this.rank = item.rank();
            this.title = item.title();
            this.requested = item.requested();
            this.status = item.status();
        }

        /** The amount typed, when it reads as one; empty and malformed amounts count as nothing on the bar. */
        Optional<BigDecimal> parsed() {
            if (amount == null || amount.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new BigDecimal(amount.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** Funded with less than requested: the reason is required. */
        public boolean isCut() {
            return parsed().map(a -> a.signum() > 0 && a.compareTo(new BigDecimal(requested)) < 0).orElse(false);
        }

        public boolean isReviewed() {
            return "REVIEWED".equals(status);
        }

        public String getApplicationId() { return applicationId; }
        public Integer getRank() { return rank; }
        public String getTitle() { return title; }
        public String getRequested() { return requested; }
        public String getStatus() { return status; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** The view action: the call, its ranking and its current plan (none yet: an empty editor). */
    public void load() {
        if (callId == null) {
            return;
        }
        call = FacesErrors.attempt(() -> calls.find(callId));
        if (call == null) {
            return;
        }
        List<PlanView.Item> candidates = FacesErrors.attempt(() -> plans.candidates(callId));
        rows = new ArrayList<>();
        for (PlanView.Item item : candidates == null ? List.<PlanView.Item>of() : candidates) {
            rows.add(new Row(item));
        }
        plan = currentPlan();
        if (plan != null) {
            fill(plan.items());
        }
    }

    /** The call's current plan, or null when none was proposed yet (the boundary's 404). */
    private PlanView currentPlan() {
        try {
            return plans.ofCall(callId);
        } catch (NotFound e) {
            return null;
        }
    }

    /** Puts a plan's amounts (and reasons) on the rows; the others are left empty. */
    private void fill(List<PlanView.Item> items) {
        Map<String, PlanView.Item> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.applicationId(), i));
        for (Row row : rows) {
            PlanView.Item item = byId.get(row.applicationId);
            row.amount = item == null ? null : item.amount();
            row.reason = item == null ? null : item.cutReason();
        }
    }

    /** The default plan: rank order while the budget lasts (RACE: the top teams; CHALLENGE: the winner with the bounty). */
    public void defaultPlan() {
        PlanRequest proposal = FacesErrors.attempt(() -> plans.proposal(callId));
        if (proposal != null) {
            fill(proposal.items().stream().map(i -> new PlanView.Item(i.applicationId(), null, null, null, i.amount(), null, null))
                    .toList());
            Messages.info("plan.defaultFilled", proposal.items().size());
        }
    }

    /** Sends the rows with an amount, in rank order, as the plan: every refusal is shown with its rule. */
    public void propose() {
        List<PlanRequest.Item> items = new ArrayList<>();
        for (Row row : rows) {
            if (row.amount != null && !row.amount.isBlank()) {
                items.add(new PlanRequest.Item(row.applicationId, row.amount.strip(),
                        row.isCut() && row.reason != null ? row.reason.strip() : null));
            }
        }
        if (items.isEmpty()) {
            Messages.error("plan.nothingFunded");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        PlanView proposed = FacesErrors.attempt(() -> plans.propose(callId, new PlanRequest(items)));
        if (proposed != null) {
            plan = proposed;
            Messages.info("plan.proposed", items.size());
        }
    }

    /** The plan as edited now against the call's budget. */
    public BudgetBar getBar() {
        BigDecimal total = rows.stream().map(Row::parsed).flatMap(Optional::stream).reduce(BigDecimal.ZERO, BigDecimal::add);
        return BudgetBar.of(total, call == null ? null : call.totalBudget());
    }

    /** Amounts are edited while there is no plan or it is still the officer's (PROPOSED or RETURNED). */
    public boolean isEditable() {
        return call != null && (plan == null || "PROPOSED".equals(plan.status()) || "RETURNED".equals(plan.status()));
    }

    public boolean isInNotice() {
        return plan != null && "IN_PUBLIC_NOTICE".equals(plan.status()) && plan.noticeId() != null;
    }

    public Long getCallId() { return callId; }
    public void setCallId(Long callId) { this.callId = callId; }
    public CallView getCall() { return call; }
    public PlanView getPlan() { return plan; }
    public List<Row> getRows() { return rows; }
}
