package org.tianshan.grants.project.entity;

/** A tranche is PLANNED at contract; finance releases and pays it (later issues). */
public enum TrancheStatus {
    PLANNED, RELEASED, PAID
}
