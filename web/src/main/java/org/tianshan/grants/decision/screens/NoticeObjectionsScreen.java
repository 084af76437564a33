package org.tianshan.grants.decision.screens;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tianshan.grants.decision.boundary.NoticeView;
import org.tianshan.grants.decision.boundary.ObjectionView;
import org.tianshan.grants.decision.boundary.Objections;
import org.tianshan.grants.decision.boundary.PublicNotices;
import org.tianshan.grants.decision.boundary.Resolution;
import org.tianshan.grants.platform.screens.BoundaryPages;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

/**
 * /officer/objections.xhtml?notice=… (异议处理): the objections to one public notice — objector, project,
 * reason, evidence, status — each resolved UPHELD (the project is not funded) or DISMISSED with a written
 * reply; and closing the notice, which the boundary refuses (OPEN_OBJECTIONS) while one is unresolved.
 * Without {@code ?notice=} the running notices are listed to choose from.
 */
@Named("noticeObjections")
@ViewScoped
public class NoticeObjectionsScreen implements Serializable {

    @Inject
    PublicNotices notices;

    @Inject
    Objections objections;

    private Long noticeId;
    private NoticeView notice;
    private BoundaryPages<ObjectionView> list;
    private BoundaryPages<NoticeView> running;
    private ObjectionView selected;
    private String decision;
    private String reply;

    /** The view action: the notice named in {@code ?notice=}. */
    public void load() {
        notice = noticeId == null ? null : FacesErrors.attempt(() -> notices.find(noticeId));
    }

    public BoundaryPages<ObjectionView> getList() {
        if (list == null) {
            Objections boundary = objections;
            Long id = noticeId;
            list = new BoundaryPages<>(page -> boundary.list(id, page));
        }
        return list;
    }

    /** The running notices, when none is chosen. */
    public BoundaryPages<NoticeView> getRunning() {
        if (running == null) {
            PublicNotices boundary = notices;
            running = new BoundaryPages<>(boundary::current);
        }
        return running;
    }

    public void startResolve(ObjectionView objection) {
        selected = objection;
        decision = null;
        reply = null;
    }

    /** Resolves the chosen objection with the reply to its objector. */
    public void resolve() {
        ObjectionView resolved = FacesErrors.attempt(() -> objections.resolve(Long.parseLong(selected.id()), new Resolution(decision, reply)));
        if (resolved != null) {
            Messages.info("UPHELD".equals(resolved.status()) ? "objections.upheld" : "objections.dismissed", resolved.applicationTitle());
            selected = null;
            load();
        }
    }

    /** Ends the notice now: the funded projects are approved (refused while an objection is open). */
    public void closeNotice() {
        NoticeView closed = FacesErrors.attempt(() -> notices.close(noticeId));
        if (closed != null) {
            notice = closed;
            Messages.info("objections.closed", closed.callTitle());
        }
    }

    /** The objection's evidence PDF, as a download. */
    public StreamedContent evidence(ObjectionView objection) {
        byte[] content = FacesErrors.attempt(() -> objections.evidence(Long.parseLong(objection.id())));
        if (content == null) {
            return null;
        }
        return DefaultStreamedContent.builder().name(objection.attachmentName()).contentType("application/pdf")
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    public Long getNoticeId() { return noticeId; }
    public void setNoticeId(Long noticeId) { this.noticeId = noticeId; }
    public NoticeView getNotice() { return notice; }
    public ObjectionView getSelected() { return selected; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
}
