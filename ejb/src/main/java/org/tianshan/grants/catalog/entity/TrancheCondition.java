package org.tianshan.grants.catalog.entity;

/** When a tranche may be paid. */
public enum TrancheCondition {
    AT_CONTRACT, AFTER_MIDTERM, AFTER_ACCEPTANCE
}
