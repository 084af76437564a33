package org.tianshan.grants.decision.entity;

/** OPEN until the officer resolves it: UPHELD (the application is not funded) or DISMISSED. */
public enum ObjectionStatus {
    OPEN, UPHELD, DISMISSED
}
