package org.tianshan.grants.application.screens;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.application.boundary.ApplicationDecisions;
import org.tianshan.grants.application.boundary.ApplicationQueues;
import org.tianshan.grants.application.boundary.ApplicationSummary;
import org.tianshan.grants.application.boundary.ApplicationView;
import org.tianshan.grants.application.boundary.Applications;
import org.tianshan.grants.application.boundary.Decision;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;

/**
 * /unit/endorsements.xhtml (单位审核): the research office's queue of its unit's SUBMITTED applications;
 * one opened in full, then ENDORSE, RETURN (to the PI, reasons required) or REJECT (reasons required).
 */
@Named("endorsementQueue")
@ViewScoped
public class EndorsementQueueScreen implements Serializable {

    @Inject
    ApplicationQueues queues;

    @Inject
    Applications applications;

    @Inject
    ApplicationDecisions decisions;

    private BoundaryPages<ApplicationSummary> list;
    private ApplicationView selected;
    private String comment;

    public BoundaryPages<ApplicationSummary> getList() {
        if (list == null) {
            ApplicationQueues boundary = queues;
            list = new BoundaryPages<>(boundary::forEndorsement);
        }
        return list;
    }

    public void open(ApplicationSummary row) {
        selected = FacesErrors.attempt(() -> applications.find(Long.parseLong(row.id())));
        comment = null;
    }

    public void close() {
        selected = null;
        comment = null;
    }

    /** ENDORSE, RETURN or REJECT the opened application; the latter two need the reasons. */
    public void decide(String decision) {
        if (selected == null) {
            return;
        }
        if (!"ENDORSE".equals(decision) && (comment == null || comment.isBlank())) {
            Messages.error("decision.reasonRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long id = Long.parseLong(selected.id());
        String title = selected.title();
        ApplicationView decided = FacesErrors.attempt(() -> decisions.endorse(id, new Decision(decision, blankToNull(comment))));
        if (decided != null) {
            Messages.info("endorse.done." + decision, title);
            close();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ApplicationView getSelected() { return selected; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
