package org.tianshan.grants.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * After an assignment run, the call's live reviews (ASSIGNED or SUBMITTED) checked against the database
 * alone, with the avoidance rules (回避) written out again in SQL rather than taken from the server's code:
 * each rule is a count of live review pairs that break it, and every count must be 0. Then the load cap per
 * expert, k per application, the statuses the run must have left, and the server's figures against the rows.
 */
final class ReviewCheck {

    private static final String LIVE = "FROM review r JOIN expert e ON e.id = r.expert_id JOIN account x ON x.id = e.account_id "
            + "JOIN grant_application a ON a.id = r.application_id WHERE r.call_id = ? AND r.status IN ('ASSIGNED','SUBMITTED') AND ";

    /** The accounts on the team of an application {@code a}: its PI and its members. */
    private static final String TEAM_OF_A = "(SELECT a.pi_account_id UNION SELECT m.account_id FROM application_member m "
            + "WHERE m.application_id = a.id)";
    /** The organizations of an application {@code a}: the host unit and those of the PI and the members. */
    private static final String ORGANIZATIONS_OF_A = "(SELECT a.host_organization_id UNION SELECT p.organization_id FROM account p "
            + "WHERE p.id = a.pi_account_id UNION SELECT p.organization_id FROM application_member m JOIN account p "
            + "ON p.id = m.account_id WHERE m.application_id = a.id)";

    /** Each rule: the condition under which a live pair (r, e = expert, x = expert's account, a) breaks it. */
    static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("team member (PI or member)", "x.id IN " + TEAM_OF_A);
        RULES.put("same organization (host unit or a team member's)", "x.organization_id IN " + ORGANIZATIONS_OF_A);
        RULES.put("declared conflict: the application", "EXISTS (SELECT 1 FROM expert_conflict c WHERE c.expert_id = e.id "
                + "AND c.application_id = a.id)");
        RULES.put("declared conflict: an organization", "EXISTS (SELECT 1 FROM expert_conflict c WHERE c.expert_id = e.id "
                + "AND c.organization_id IN " + ORGANIZATIONS_OF_A + ")");
        RULES.put("declared conflict: a person", "EXISTS (SELECT 1 FROM expert_conflict c WHERE c.expert_id = e.id "
                + "AND c.person_id IN " + TEAM_OF_A + ")");
        RULES.put("applicant's exclusion list", "EXISTS (SELECT 1 FROM application_excluded_expert xe "
                + "WHERE xe.application_id = a.id AND xe.account_id = x.id)");
        RULES.put("integrity record in force (person, any severity)", "EXISTS (SELECT 1 FROM integrity_record ir "
                + "WHERE ir.subject_type = 'PERSON' AND ir.subject_id = x.id AND ir.valid_from <= UTC_DATE() "
                + "AND (ir.valid_until IS NULL OR ir.valid_until >= UTC_DATE()))");
        RULES.put("past co-applicant (on a submitted team together)", "EXISTS (SELECT 1 FROM bench_co co "
                + "WHERE co.account_id = x.id AND co.other_id IN " + TEAM_OF_A + ")");
        RULES.put("discipline mismatch (no shared first level)", "NOT EXISTS (SELECT 1 FROM expert_discipline d "
                + "WHERE d.expert_id = e.id AND LEFT(d.discipline_code, 3) = LEFT(a.discipline, 3))");
        RULES.put("expert not drawable (inactive, no EXPERT role)", "NOT (e.active AND x.active AND EXISTS (SELECT 1 "
                + "FROM account_role ar WHERE ar.account_id = x.id AND ar.role = 'EXPERT'))");
        RULES.put("application not UNDER_REVIEW", "a.status <> 'UNDER_REVIEW'");
    }

    record Result(Map<String, Long> counts, long live, long overCap, long overK, long shortApplications,
                  long missingSlots, long acceptedWithReviews, long underReviewWithout) {

        long violations() {
            return counts.values().stream().mapToLong(Long::longValue).sum() + overCap + overK + acceptedWithReviews
                    + underReviewWithout;
        }
    }

    private ReviewCheck() {
    }

    static Result check(Connection db, long callId, int k, int loadCap) throws SQLException {
        coApplicants(db);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> rule : RULES.entrySet()) {
            counts.put(rule.getKey(), count(db, "SELECT COUNT(*) " + LIVE + "(" + rule.getValue() + ")", callId));
        }
        long live = count(db, "SELECT COUNT(*) FROM review r WHERE r.call_id = ? AND r.status IN ('ASSIGNED','SUBMITTED')", callId);
        long overCap = count(db, "SELECT COUNT(*) FROM (SELECT r.expert_id FROM review r WHERE r.call_id = ? "
                + "AND r.status IN ('ASSIGNED','SUBMITTED') GROUP BY r.expert_id HAVING COUNT(*) > " + loadCap + ") t", callId);
        long overK = count(db, "SELECT COUNT(*) FROM (SELECT r.application_id FROM review r WHERE r.call_id = ? "
                + "AND r.status IN ('ASSIGNED','SUBMITTED') GROUP BY r.application_id HAVING COUNT(*) > " + k + ") t", callId);
        String perApplication = "(SELECT a.id, a.status, (SELECT COUNT(*) FROM review r WHERE r.application_id = a.id "
                + "AND r.status IN ('ASSIGNED','SUBMITTED')) n FROM grant_application a WHERE a.call_id = ?) t";
        long shortApplications = count(db, "SELECT COUNT(*) FROM " + perApplication + " WHERE t.n < " + k, callId);
        long missingSlots = count(db, "SELECT COALESCE(SUM(" + k + " - t.n), 0) FROM " + perApplication + " WHERE t.n < " + k, callId);
        long acceptedWithReviews = count(db, "SELECT COUNT(*) FROM " + perApplication + " WHERE t.status = 'ACCEPTED' AND t.n > 0",
                callId);
        long underReviewWithout = count(db, "SELECT COUNT(*) FROM " + perApplication + " WHERE t.status = 'UNDER_REVIEW' AND t.n = 0",
                callId);
        return new Result(counts, live, overCap, overK, shortApplications, missingSlots, acceptedWithReviews, underReviewWithout);
    }

    /**
     * {@code bench_co}: for each expert's account, everyone on a submitted application's team with it (any
     * call). Temporary tables, because a temporary table may not be opened twice in one statement.
     */
    private static void coApplicants(Connection db) throws SQLException {
        String team = "SELECT a.id application_id, a.pi_account_id account_id FROM grant_application a WHERE a.frozen_version > 0 "
                + "UNION SELECT m.application_id, m.account_id FROM application_member m JOIN grant_application a "
                + "ON a.id = m.application_id WHERE a.frozen_version > 0";
        try (Statement s = db.createStatement()) {
            s.execute("DROP TEMPORARY TABLE IF EXISTS bench_co, bench_team1, bench_team2");
            s.execute("CREATE TEMPORARY TABLE bench_team1 (application_id BIGINT, account_id BIGINT, INDEX (account_id), "
                    + "INDEX (application_id)) AS " + team);
            s.execute("CREATE TEMPORARY TABLE bench_team2 (application_id BIGINT, account_id BIGINT, INDEX (application_id)) AS "
                    + "SELECT application_id, account_id FROM bench_team1");
            s.execute("CREATE TEMPORARY TABLE bench_co (account_id BIGINT, other_id BIGINT, INDEX (account_id, other_id)) AS "
                    + "SELECT DISTINCT t1.account_id, t2.account_id other_id FROM bench_team1 t1 "
                    + "JOIN expert e ON e.account_id = t1.account_id "
                    + "JOIN bench_team2 t2 ON t2.application_id = t1.application_id AND t2.account_id <> t1.account_id");
        }
    }

    /**
     * Undoes a run on the call by SQL so the next mode starts from the same data: its reviews and runs go,
     * its applications are ACCEPTED again and lose the UNDER_REVIEW history rows. (The runs' audit events stay:
     * the chain is append-only.)
     */
    static void reset(Connection db, long callId) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            update(db, "DELETE FROM review WHERE call_id = ?", callId);
            update(db, "DELETE FROM assignment_run WHERE call_id = ?", callId);
            update(db, "DELETE s FROM application_status_change s JOIN grant_application a ON a.id = s.application_id "
                    + "WHERE a.call_id = ? AND s.to_status = 'UNDER_REVIEW'", callId);
            update(db, "UPDATE grant_application SET status = 'ACCEPTED', version = version + 1 WHERE call_id = ? "
                    + "AND status = 'UNDER_REVIEW'", callId);
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    static long count(Connection db, String sql, long callId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            int parameters = (int) sql.chars().filter(ch -> ch == '?').count();   // each one is the call
            for (int i = 1; i <= parameters; i++) {
                select.setLong(i, callId);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, long callId) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            update.setLong(1, callId);
            update.executeUpdate();
        }
    }
}
