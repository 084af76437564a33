package org.tianshan.grants.catalog.entity;

/** Selects a programme's workflow and rules (DESIGN.md §2). */
public enum FundingMode {
    /** competitive grant, full review */
    COMPETITIVE,
    /** 揭榜挂帅: a published problem, a bounty, a 军令状 pledge */
    CHALLENGE,
    /** 赛马制: several teams funded in parallel, stage gates eliminate */
    RACE,
    /** 稳定支持: institutional base funding */
    STABLE,
    /** 后补助: paid after verified results */
    POST_SUBSIDY,
    /** 包干制: talent programmes, no budget categories */
    LUMP_SUM,
    /** fund instruments (科技成果转化引导基金), not grants */
    EQUITY, LOAN_SUBSIDY, RISK_COMPENSATION;

    /** Fund instruments invest or subsidise; they have no budget categories, no indirect costs, no tranches of a grant. */
    public boolean isFundInstrument() {
        return this == EQUITY || this == LOAN_SUBSIDY || this == RISK_COMPENSATION;
    }
}
