package org.tianshan.grants.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One application in the panel's ranking: the computed figures at opening, the panel's rank and its reason. */
@Embeddable
public class PanelEntry {

    @Column(name = "application_id")
    private long applicationId;
    @Column(name = "computed_rank")
    private int computedRank;
    @Column(name = "panel_rank")
    private int panelRank;
    private BigDecimal score;
    @Column(name = "std_dev")
    private BigDecimal stdDev;
    private int reviews;
    private boolean flagged;
    private boolean discuss;
    private String reason;

    protected PanelEntry() {
    }

    public PanelEntry(long applicationId, int computedRank, BigDecimal score, BigDecimal stdDev, int reviews, boolean flagged) {
        this.applicationId = applicationId;
        this.computedRank = computedRank;
        this.panelRank = computedRank;
        this.score = score;
        this.stdDev = stdDev;
        this.reviews = reviews;
        this.flagged = flagged;
    }

    void rankAt(int rank) {
        this.panelRank = rank;
    }

    void note(boolean discuss, String reason) {
        this.discuss = discuss;
        this.reason = reason;
    }

    public long applicationId() { return applicationId; }
    public int computedRank() { return computedRank; }
    public int panelRank() { return panelRank; }
    public BigDecimal score() { return score; }
    public BigDecimal stdDev() { return stdDev; }
    public int reviews() { return reviews; }
    public boolean flagged() { return flagged; }
    public boolean discuss() { return discuss; }
    public String reason() { return reason; }
    public boolean adjusted() { return panelRank != computedRank; }
}
