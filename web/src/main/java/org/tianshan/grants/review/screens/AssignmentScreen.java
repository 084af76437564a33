package org.tianshan.grants.review.screens;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tianshan.grants.application.boundary.ApplicationView;
import org.tianshan.grants.application.boundary.Applications;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.Calls;
import org.tianshan.grants.kernel.BusinessException;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.review.boundary.AssignmentOutcome;
import org.tianshan.grants.review.boundary.AssignmentRequest;
import org.tianshan.grants.review.boundary.AssignmentView;
import org.tianshan.grants.review.boundary.Assignments;
import org.tianshan.grants.review.boundary.CandidateView;
import org.tianshan.grants.review.boundary.Reassignment;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /officer/assignments.xhtml (专家分配): a CLOSED call is chosen; a run (RANDOM with an optional seed, or
 * OPTIMAL) shows how many pairs it made, its seed and the applications it left short, and why. The call's
 * live assignments read as a matrix, one row per application with its experts; per application the
 * candidates with their affinity, room left and every conflict explained, and the swap of an unsubmitted
 * review by hand, with a reason.
 */
@Named("assignment")
@ViewScoped
public class AssignmentScreen implements Serializable {

    private static final String MATRIX = ":assignForm:matrix";

    @Inject
    Assignments assignments;

    @Inject
    Calls calls;

    @Inject
    Applications applications;

    private final ClosedCalls closedCalls = new ClosedCalls();
    private String callParam;
    private String callId;
    private String mode = "OPTIMAL";
    private Long seed;
    private Integer perApplication;
    private AssignmentOutcome outcome;
    private Matrix matrix;
    private final Map<String, String> titles = new HashMap<>();

    private ApplicationRow candidatesOf;
    private BoundaryPages<CandidateView> candidates;

    private ApplicationRow swapOf;
    private AssignmentView swapReview;
    private List<CandidateView> swapOptions = List.of();
    private String swapExpertId;
    private String swapReason;

    /**
     * The view action: a call named in {@code ?call=} is chosen at once. The parameter has its own property
     * because a view parameter is applied again on every postback, which would undo a call chosen since.
     */
    public void load() {
        callId = callParam;
        if (callId != null && !callId.isBlank() && getCall().isEmpty()) {
            callId = null;
        }
    }

    /** The CLOSED calls (experts are assigned once a call has closed), newest first. */
    public List<CallView> getCallOptions() {
        return closedCalls.options(calls);
    }

    /** The chosen call when it is CLOSED. */
    public Optional<CallView> getCall() {
        return closedCalls.chosen(calls, callId);
    }

    public CallView getCallView() {
        return getCall().orElse(null);
    }

    /** Another call: its matrix from the first page, no run shown. */
    public void choose() {
        outcome = null;
        seed = null;
        perApplication = null;
        firstPage();
    }

    public void run() {
        if (callId == null || callId.isBlank()) {
            Messages.error("assign.chooseCall");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long id = Long.parseLong(callId);
        AssignmentRequest request = new AssignmentRequest(mode, "RANDOM".equals(mode) ? seed : null, perApplication, null);
        AssignmentOutcome done = FacesErrors.attempt(() -> assignments.assign(id, request));
        if (done != null) {
            outcome = done;
            Messages.info("assign.done", done.assigned(), done.unfilled().size());
            firstPage();
        }
    }

    public Matrix getMatrix() {
        if (matrix == null) {
            matrix = new Matrix();
        }
        return matrix;
    }

    /** The run's applications left short, each named by its title. */
    public List<AssignmentOutcome.UnfilledView> getUnfilled() {
        return outcome == null ? List.of() : outcome.unfilled();
    }

    public String title(String applicationId) {
        return titles.computeIfAbsent(applicationId, id -> {
            try {
                ApplicationView a = applications.find(Long.parseLong(id));
                return a.title() == null ? "#" + id : a.title();
            } catch (BusinessException | NumberFormatException | jakarta.ejb.EJBException e) {
                return "#" + id;   // a label is a courtesy: the id shows instead of failing the page
            }
        });
    }

    public void openCandidates(ApplicationRow row) {
        candidatesOf = row;
        long applicationId = Long.parseLong(row.getApplicationId());
        Assignments boundary = assignments;
        candidates = new BoundaryPages<>(page -> boundary.candidates(applicationId, page));
    }

    /** Prepares the swap of an unsubmitted review: the other candidates of its application to choose from. */
    public void startSwap(ApplicationRow row, AssignmentView review) {
        swapOf = row;
        swapReview = review;
        swapExpertId = null;
        swapReason = null;
        Page<CandidateView> page = FacesErrors.attempt(() -> assignments.candidates(Long.parseLong(row.getApplicationId()),
                new PageRequest(0, PageRequest.MAX_SIZE)));
        swapOptions = page == null ? List.of()
                : page.items().stream().filter(c -> c.review() == null).toList();
    }

    /** The swap itself; the boundary applies every rule a draw would (422 naming each one failed). */
    public void swap() {
        if (swapReview == null) {
            return;
        }
        if (swapExpertId == null || swapExpertId.isBlank() || swapReason == null || swapReason.isBlank()) {
            Messages.error("assign.swap.incomplete");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long reviewId = Long.parseLong(swapReview.reviewId());
        AssignmentView swapped = FacesErrors.attempt(() -> assignments.reassign(reviewId, new Reassignment(swapExpertId, swapReason.strip())));
        if (swapped != null) {
            Messages.info("assign.swap.done", title(swapped.applicationId()));
            swapReview = null;
        }
    }

    /** A candidate as the swap select names it. */
    public String swapOption(CandidateView c) {
        return c.displayName() + " · " + Messages.text("assign.affinity") + " " + c.affinity()
                + (c.eligible() ? "" : " · " + Messages.text("assign.notEligible"));
    }

    private void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(MATRIX) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** One application of the matrix with the experts on it (ASSIGNED or SUBMITTED). */
    public static class ApplicationRow implements Serializable {
        private final String applicationId;
        private final String title;
        private final List<AssignmentView> experts = new ArrayList<>();

        ApplicationRow(String applicationId, String title) {
            this.applicationId = applicationId;
            this.title = title;
        }

        public String getApplicationId() { return applicationId; }
        public String getTitle() { return title; }
        public List<AssignmentView> getExperts() { return experts; }
    }

    /**
     * The assignments of the chosen call, paged by expert–application pair as the boundary lists them
     * (ordered by application), shown one row per application; an application whose experts straddle a
     * page boundary shows on both pages.
     */
    public class Matrix extends LazyDataModel<ApplicationRow> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            Page<AssignmentView> page = fetch(new PageRequest(0, 1));
            return page == null ? 0 : (int) Math.min(Integer.MAX_VALUE, page.total());
        }

        @Override
        public List<ApplicationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
            Page<AssignmentView> page = fetch(new PageRequest(first / size, size));
            if (page == null) {
                setRowCount(0);
                return List.of();
            }
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            Map<String, ApplicationRow> rows = new LinkedHashMap<>();
            for (AssignmentView pair : page.items()) {
                rows.computeIfAbsent(pair.applicationId(), id -> new ApplicationRow(id, title(id))).experts.add(pair);
            }
            return new ArrayList<>(rows.values());
        }

        @Override
        public String getRowKey(ApplicationRow row) {
            return row.getApplicationId();
        }

        private Page<AssignmentView> fetch(PageRequest request) {
            if (callId == null || callId.isBlank()) {
                return null;
            }
            long id = Long.parseLong(callId);
            return FacesErrors.attempt(() -> assignments.list(id, request));
        }
    }

    public String getCallParam() { return callParam; }
    public void setCallParam(String callParam) { this.callParam = callParam; }
    public String getCallId() { return callId; }
    public void setCallId(String callId) { this.callId = callId; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public Long getSeed() { return seed; }
    public void setSeed(Long seed) { this.seed = seed; }
    public Integer getPerApplication() { return perApplication; }
    public void setPerApplication(Integer perApplication) { this.perApplication = perApplication; }
    public AssignmentOutcome getOutcome() { return outcome; }
    public ApplicationRow getCandidatesOf() { return candidatesOf; }
    public BoundaryPages<CandidateView> getCandidates() { return candidates; }
    public ApplicationRow getSwapOf() { return swapOf; }
    public AssignmentView getSwapReview() { return swapReview; }
    public List<CandidateView> getSwapOptions() { return swapOptions; }
    public String getSwapExpertId() { return swapExpertId; }
    public void setSwapExpertId(String swapExpertId) { this.swapExpertId = swapExpertId; }
    public String getSwapReason() { return swapReason; }
    public void setSwapReason(String swapReason) { this.swapReason = swapReason; }
}
