package org.tianshan.grants.decision.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.tianshan.grants.decision.boundary.NoticeView;
import org.tianshan.grants.decision.boundary.ObjectionRequest;
import org.tianshan.grants.decision.boundary.ObjectionView;
import org.tianshan.grants.decision.boundary.Objections;
import org.tianshan.grants.decision.boundary.PublicNotices;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.web.screens.CurrentUser;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;

/**
 * /notices.xhtml (公示): the running public notices, paged, each with its funded projects (title, host
 * unit, PI, amount) and total — read by anyone without sign-in. A signed-in user (not only an auditor,
 * who writes nothing) objects to a project with a reason and, if they have it, one PDF of evidence;
 * a stranger is offered the sign-in first.
 */
@Named("publicNotices")
@ViewScoped
public class PublicNoticesScreen implements Serializable {

    @Inject
    PublicNotices notices;

    @Inject
    Objections objections;

    @Inject
    CurrentUser user;

    private BoundaryPages<NoticeView> list;
    private NoticeView notice;
    private NoticeView.Item project;
    private String reason;
    private String evidenceName;
    private byte[] evidence;

    public BoundaryPages<NoticeView> getList() {
        if (list == null) {
            PublicNotices boundary = notices;
            list = new BoundaryPages<>(boundary::current);
        }
        return list;
    }

    /** Objections are taken from everyone signed in who holds a role that writes (the auditor only reads). */
    public boolean isCanObject() {
        return user.getRoles().stream().anyMatch(r -> !"AUDITOR".equals(r));
    }

    /** Opens the objection form on one project of a notice. */
    public void startObjection(NoticeView notice, NoticeView.Item project) {
        this.notice = notice;
        this.project = project;
        this.reason = null;
        this.evidence = null;
        this.evidenceName = null;
    }

    /** Keeps the chosen PDF until the objection is lodged (checked by p:validateFile here, by the boundary on attaching). */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        evidence = file.getContent();
        evidenceName = file.getFileName();
    }

    public void removeEvidence() {
        evidence = null;
        evidenceName = null;
    }

    /** Lodges the objection, then attaches the evidence if any; the objector follows it in "my objections". */
    public void lodge() {
        ObjectionView lodged = FacesErrors.attempt(() -> objections.lodge(Long.parseLong(notice.id()),
                new ObjectionRequest(project.applicationId(), reason == null ? null : reason.strip())));
        if (lodged == null) {
            return;
        }
        if (evidence != null && FacesErrors.attempt(() -> objections.attach(Long.parseLong(lodged.id()), evidenceName, evidence)) == null) {
            // the objection stands without its evidence: say so and close the form, so it is not lodged twice
            Messages.error("objection.evidenceFailed", project.title());
            evidence = null;
            evidenceName = null;
            PrimeFaces.current().executeScript("PF('objectionDialog').hide()");
            return;
        }
        Messages.info("objection.lodged", project.title());
        evidence = null;
        evidenceName = null;
    }

    public NoticeView getNotice() { return notice; }
    public NoticeView.Item getProject() { return project; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getEvidenceName() { return evidenceName; }
}
