package org.tianshan.grants.decision.entity;

/** A public notice (公示) is OPEN for its period and CLOSED once every objection is resolved and it ended. */
public enum NoticeStatus {
    OPEN, CLOSED
}
