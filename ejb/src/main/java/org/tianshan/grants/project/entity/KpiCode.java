package org.tianshan.grants.project.entity;

/**
 * The contract's performance indicators (绩效指标, DESIGN.md §4): counts, except TRANSFER_INCOME, which is
 * yuan with 2 decimals.
 */
public enum KpiCode {
    PAPERS, PATENTS, STANDARDS, PRODUCTS, TRANSFER_INCOME, PEOPLE_TRAINED;

    public boolean isMoney() {
        return this == TRANSFER_INCOME;
    }
}
