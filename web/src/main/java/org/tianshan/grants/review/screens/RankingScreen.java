package org.tianshan.grants.review.screens;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.Calls;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.review.boundary.PanelAdjustment;
import org.tianshan.grants.review.boundary.PanelView;
import org.tianshan.grants.review.boundary.RankingEntry;
import org.tianshan.grants.review.boundary.Rankings;
import org.tianshan.grants.web.screens.CurrentUser;
import org.tianshan.grants.web.screens.FacesErrors;
import org.tianshan.grants.web.screens.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * /panel/ranking.xhtml?call=N (排序与会议评审): a closed call's ranking — trimmed-mean score, spread,
 * reviews in and outstanding, the dispersion flag — and its panel meeting. The programme officer opens
 * the panel once every review is in, moves applications or marks them for discussion with a reason,
 * and closes it, which freezes the ranking. The DIRECTOR reads the same screen without the actions.
 */
@Named("rankingScreen")
@ViewScoped
public class RankingScreen implements Serializable {

    @Inject
    Rankings rankings;

    @Inject
    Calls calls;

    @Inject
    CurrentUser user;

    private String callParam;
    private String callId;
    private final ClosedCalls closedCalls = new ClosedCalls();
    private List<RankingEntry> ranking = List.of();
    private PanelView panel;

    private RankingEntry adjusting;
    private Integer newRank;
    private boolean discuss;
    private String reason;

    /**
     * The view action: the call named in {@code ?call=}. The parameter has its own property because a view
     * parameter is applied again on every postback, which would undo a call chosen since.
     */
    public void start() {
        setCallId(callParam);
        load();
    }

    /** Reads the chosen call's ranking and panel: on arrival, whenever another call is chosen, after the panel acts. */
    public void load() {
        panel = null;
        ranking = List.of();
        if (getCall().isEmpty()) {
            return;
        }
        long id = Long.parseLong(callId);
        List<RankingEntry> read = FacesErrors.attempt(() -> rankings.ranking(id));
        ranking = read == null ? List.of() : read;
        try {
            panel = rankings.panel(id);
        } catch (NotFound none) {
            panel = null;   // no panel yet: the ranking is the computed one
        }
    }

    /** The calls whose reviews may be ranked: the CLOSED ones, newest first. */
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

    /** Only the programme officer acts; the director reads. */
    public boolean isOfficer() {
        return user.has("PROGRAM_OFFICER");
    }

    public boolean isPanelOpen() {
        return panel != null && "OPEN".equals(panel.status());
    }

    public boolean isFrozen() {
        return panel != null && "CLOSED".equals(panel.status());
    }

    public int getOutstanding() {
        return ranking.stream().mapToInt(RankingEntry::outstanding).sum();
    }

    public long getFlaggedCount() {
        return ranking.stream().filter(RankingEntry::flagged).count();
    }

    public void open() {
        long id = Long.parseLong(callId);
        PanelView opened = FacesErrors.attempt(() -> rankings.open(id));
        if (opened != null) {
            Messages.info("ranking.opened");
        }
        load();
    }

    public void startAdjust(RankingEntry entry) {
        adjusting = entry;
        newRank = entry.rank();
        discuss = entry.discuss();
        reason = null;
    }

    /** Moves the application and/or marks it for discussion; the panel's reason is required. */
    public void adjust() {
        if (adjusting == null) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            Messages.error("ranking.reasonRequired");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long id = Long.parseLong(callId);
        Integer rank = newRank == null || newRank == adjusting.rank() ? null : newRank;
        PanelView adjusted = FacesErrors.attempt(() -> rankings.adjust(id,
                new PanelAdjustment(adjusting.applicationId(), rank, discuss, reason.strip())));
        if (adjusted != null) {
            Messages.info("ranking.adjusted", adjusting.title());
            adjusting = null;
        }
        load();
    }

    public void close() {
        long id = Long.parseLong(callId);
        PanelView closed = FacesErrors.attempt(() -> rankings.close(id));
        if (closed != null) {
            Messages.info("ranking.closed");
        }
        load();
    }

    public String getCallParam() { return callParam; }
    public void setCallParam(String callParam) { this.callParam = callParam; }
    public String getCallId() { return callId; }
    public void setCallId(String callId) { this.callId = callId == null || callId.isBlank() ? null : callId; }
    public List<RankingEntry> getRanking() { return ranking; }
    public PanelView getPanel() { return panel; }
    public RankingEntry getAdjusting() { return adjusting; }
    public Integer getNewRank() { return newRank; }
    public void setNewRank(Integer newRank) { this.newRank = newRank; }
    public boolean isDiscuss() { return discuss; }
    public void setDiscuss(boolean discuss) { this.discuss = discuss; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
