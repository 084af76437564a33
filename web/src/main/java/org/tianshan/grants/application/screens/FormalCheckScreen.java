package org.tianshan.grants.application.screens;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.tianshan.grants.application.boundary.ApplicationDecisions;
import org.tianshan.grants.application.boundary.ApplicationQueues;
import org.tianshan.grants.application.boundary.ApplicationSummary;
import org.tianshan.grants.application.boundary.ApplicationView;
import org.tianshan.grants.application.boundary.Applications;
import org.tianshan.grants.application.boundary.Decision;
import org.tianshan.grants.application.boundary.DuplicateMatch;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.Calls;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * /officer/formal-check.xhtml (形式审查): the ENDORSED applications, of one call or all; one opened with
 * its automatic checks as pass/fail rows. ACCEPT stays disabled while a check fails (and the boundary
 * refuses it anyway); RETURN and INELIGIBLE need the reasons.
 */
@Named("formalCheck")
@ViewScoped
public class FormalCheckScreen implements Serializable {

    private static final String TABLE = ":queueForm:queue";

    @Inject
    ApplicationQueues queues;

    @Inject
    Applications applications;

    @Inject
    ApplicationDecisions decisions;

    @Inject
    Calls calls;

    private BoundaryPages<ApplicationSummary> list;
    private List<CallView> callOptions;
    private String callId;
    private ApplicationView selected;
    private String comment;

    public BoundaryPages<ApplicationSummary> getList() {
        if (list == null) {
            ApplicationQueues boundary = queues;
            list = new BoundaryPages<>(page -> boundary.forFormalCheck(
                    callId == null || callId.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(callId)), page));
        }
        return list;
    }

    /** The calls to filter by: the first page of all calls, newest first. */
    public List<CallView> getCallOptions() {
        if (callOptions == null) {
            Page<CallView> page = FacesErrors.attempt(() -> calls.list(Optional.empty(), new PageRequest(0, PageRequest.MAX_SIZE)));
            callOptions = page == null ? List.of() : page.items();
        }
        return callOptions;
    }

    /** A new filter starts on its first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void open(ApplicationSummary row) {
        selected = FacesErrors.attempt(() -> applications.find(Long.parseLong(row.id())));
        comment = null;
    }

    public void close() {
        selected = null;
        comment = null;
    }

    /** The duplicate-submission matches (查重), most alike first; none when the boundary gave none. */
    public List<DuplicateMatch> getDuplicates() {
        if (selected == null || selected.duplicates() == null) {
            return List.of();
        }
        return selected.duplicates().stream().sorted(Comparator.comparingDouble(DuplicateMatch::similarity).reversed()).toList();
    }

    /** Every automatic check passes: only then may the officer accept. */
    public boolean isAcceptable() {
        return selected != null && selected.checks() != null && selected.checks().stream().allMatch(ApplicationView.Check::passed);
    }

    /** ACCEPT, RETURN or INELIGIBLE the opened application. */
    public void decide(String decision) {
        if (selected == null) {
            return;
        }
        if ("ACCEPT".equals(decision) && !isAcceptable()) {
            Messages.error("formalCheck.checksFail");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!"ACCEPT".equals(decision) && (comment == null || comment.isBlank())) {
            Messages.error("decision.reasonRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long id = Long.parseLong(selected.id());
        String title = selected.title();
        ApplicationView decided = FacesErrors.attempt(() -> decisions.formalCheck(id,
                new Decision(decision, comment == null || comment.isBlank() ? null : comment.strip())));
        if (decided != null) {
            Messages.info("formalCheck.done." + decision, title);
            close();
        } else {
            // the checks may have changed since the application was opened: show them as they are now
            ApplicationView fresh = FacesErrors.attempt(() -> applications.find(id));
            if (fresh != null) {
                selected = fresh;
            }
        }
    }

    public String getCallId() { return callId; }
    public void setCallId(String callId) { this.callId = callId; }
    public ApplicationView getSelected() { return selected; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
