package org.tianshan.grants.project.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as its circle reads it ({@code GET /projects/{id}}): money as strings with 2 decimals, KPI
 * targets as strings (whole numbers; yuan for TRANSFER_INCOME) with the floor the application promised.
 */
public record ProjectView(String id, String applicationId, String callId, String programmeCode, String fundingMode, String title,
                          String status, String piUsername, String piName, String hostOrganizationId, String hostOrganization,
                          String approvedAmount, String requestedAmount, String paidAmount, String cutReason,
                          LocalDate startsOn, LocalDate endsOn, List<Line> budget, List<Tranche> tranches, List<Kpi> kpis,
                          List<Milestone> milestones, boolean planConfirmed, Instant planConfirmedAt, String planConfirmedBy,
                          String contractHash, List<SignatureView> signatures, long version) {

    /** An approved budget line and what the application requested for it. */
    public record Line(String category, String amount, String requested) {
    }

    /** A tranche: {@code condition} AT_CONTRACT, AFTER_MIDTERM or AFTER_ACCEPTANCE; {@code status} PLANNED, … */
    public record Tranche(int no, BigDecimal share, String amount, String condition, String status) {
    }

    /** A KPI: its target and the floor (the application's promise) it may not go below. */
    public record Kpi(String code, String target, String floor) {
    }

    public record Milestone(int seq, LocalDate dueOn, String description) {
    }
}
