package org.tianshan.grants.review.entity;

/** A panel meeting (会议评审) is OPEN while it adjusts the ranking and CLOSED once the result is frozen. */
public enum PanelStatus {
    OPEN, CLOSED
}
