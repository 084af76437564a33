package org.tianshan.grants.review.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.StateConflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The panel meeting (会议评审) of a call. It opens on the computed ranking, may move an application to
 * another rank or mark it for discussion, always with a recorded reason, and freezes the result when it
 * closes. One panel per call.
 */
@Entity
@Table(name = "review_panel")
@NamedQuery(name = ReviewPanel.OF_CALL, query = "select p from ReviewPanel p where p.callId = :call")
public class ReviewPanel {

    public static final String OF_CALL = "ReviewPanel.ofCall";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "call_id")
    private long callId;
    @Enumerated(EnumType.STRING)
    private PanelStatus status;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "panel_entry", joinColumns = @JoinColumn(name = "panel_id"))
    private List<PanelEntry> entries = new ArrayList<>();

    protected ReviewPanel() {
    }

    public ReviewPanel(long callId, List<PanelEntry> entries, String openedBy, Instant openedAt) {
        this.callId = callId;
        this.entries = new ArrayList<>(entries);
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.status = PanelStatus.OPEN;
    }

    /**
     * Moves an application to {@code rank} (1-based; the others shift) and/or marks it for discussion,
     * with the reason the panel gives. Only while OPEN.
     */
    public PanelEntry adjust(long applicationId, Integer rank, boolean discuss, String reason) {
        requireOpen();
        List<PanelEntry> ordered = ranking();
        PanelEntry entry = ordered.stream().filter(e -> e.applicationId() == applicationId).findFirst()
                .orElseThrow(() -> new InvalidInput("applicationId", "application " + applicationId + " is not in this panel's ranking"));
        if (rank != null) {
            if (rank < 1 || rank > ordered.size()) {
                throw new InvalidInput("rank", "between 1 and " + ordered.size());
            }
            ordered.remove(entry);
            ordered.add(rank - 1, entry);
            for (int i = 0; i < ordered.size(); i++) {
                ordered.get(i).rankAt(i + 1);
            }
        }
        entry.note(discuss, reason);
        return entry;
    }

    /** Freezes the ranking. */
    public void close(String actor, Instant at) {
        requireOpen();
        this.status = PanelStatus.CLOSED;
        this.closedBy = actor;
        this.closedAt = at;
    }

    private void requireOpen() {
        if (status != PanelStatus.OPEN) {
            throw new StateConflict("WRONG_STATE", "the panel of call " + callId + " is " + status + "; its ranking is frozen");
        }
    }

    /** The entries in the panel's order. */
    public List<PanelEntry> ranking() {
        List<PanelEntry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparingInt(PanelEntry::panelRank).thenComparingLong(PanelEntry::applicationId));
        return ordered;
    }

    public Long id() { return id; }
    public long callId() { return callId; }
    public PanelStatus status() { return status; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public String closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }
    public long version() { return version; }
}
