package org.tianshan.grants.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ReviewCall} straight into the server's schema (V1–V11 migrations) over JDBC, in batched
 * multi-row INSERTs (the connection must carry {@code rewriteBatchedStatements=true}), in one transaction:
 * organizations; applicant, expert and officer accounts ({@link AccountSeed}); a CLOSED call on
 * {@code KEY_RD_GENERAL} with its rubric, k reviewers per application and the load cap; its applications,
 * ACCEPTED at the formal check with frozen version 1, with members, keywords and exclusion lists; the experts
 * with disciplines, keywords, declared conflicts and integrity records (PERSON, GENERAL). What it does not
 * write, because the assignment reads none of it: budgets, attachments, frozen-version content, pledges,
 * the status history before ACCEPTED and the audit events of all that.
 */
final class ReviewCallSeed {

    private static final int BATCH = 5000;
    static final String PROGRAMME = "KEY_RD_GENERAL";

    /** What the run needs back: the call, the officer's token, and the ids of the model's indexes. */
    record Seeded(long callId, String officer, String officerToken, long[] organizationIds, long[] applicationIds,
                  long[] expertIds, long[] accountIds) {
    }

    private ReviewCallSeed() {
    }

    /**
     * The first-level discipline codes of the schema, in code order, each with its second-level codes (at
     * least 3); the V2 migration seeds 62 of them.
     */
    static Map<String, List<String>> disciplines(Connection db) throws SQLException {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT p.code, c.code FROM discipline p JOIN discipline c ON c.parent_code = p.code "
                     + "WHERE CHAR_LENGTH(p.code) = 3 AND CHAR_LENGTH(c.code) = 5 ORDER BY p.code, c.code")) {
            while (rs.next()) {
                codes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        codes.values().removeIf(under -> under.size() < 3);
        return codes;
    }

    /**
     * Experts of earlier runs of this harness (usernames starting {@code prefix}) leave the pool, so each
     * run meets its own M experts (the pool is global, not per call). Returns how many were deactivated.
     */
    static int retireEarlierExperts(Connection db, String prefix) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE expert e JOIN account a ON a.id = e.account_id "
                + "SET e.active = FALSE, e.version = e.version + 1 WHERE e.active AND a.username LIKE ?")) {
            update.setString(1, prefix + "%");
            return update.executeUpdate();
        }
    }

    static Seeded write(Connection db, ReviewCall m, String run, int reviewersPerApplication, int loadCap) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            Seeded seeded = insert(db, m, run, reviewersPerApplication, loadCap);
            db.commit();
            return seeded;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static Seeded insert(Connection db, ReviewCall m, String run, int k, int loadCap) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();

        List<Object[]> rows = new ArrayList<>();
        for (int o = 0; o < ReviewCall.ORGANIZATIONS; o++) {
            rows.add(new Object[]{"评审压测单位 " + run + "-" + o, SubmissionSurge.creditCode(), "UNIVERSITY", "650100", now});
        }
        rows(db, "INSERT INTO organization (name, credit_code, type, jurisdiction_code, active, created_at, version) "
                + "VALUES (?, ?, ?, ?, TRUE, ?, 0)", rows);
        Map<String, Long> byName = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id, name FROM organization WHERE name LIKE ?")) {
            select.setString(1, "评审压测单位 " + run + "-%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byName.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        long[] organizations = new long[ReviewCall.ORGANIZATIONS];
        for (int o = 0; o < organizations.length; o++) {
            organizations[o] = byName.get("评审压测单位 " + run + "-" + o);
        }

        String officer = run + "-po";
        long officerId = AccountSeed.accounts(db, List.of(officer), SubmissionSurge.PASSWORD, new long[]{organizations[0]},
                "PROGRAM_OFFICER", "压测项目主管 ")[0];
        String officerToken = AccountSeed.tokens(db, new long[]{officerId})[0];
        int persons = m.persons();
        List<String> names = new ArrayList<>(persons);
        long[] orgs = new long[persons];
        for (int p = 0; p < persons; p++) {
            names.add(run + "-p" + p);
            orgs[p] = organizations[m.personOrganization.get(p)];
        }
        long[] accounts = new long[persons + m.experts];
        System.arraycopy(AccountSeed.accounts(db, names, SubmissionSurge.PASSWORD, orgs, "APPLICANT", "压测申请人 "), 0,
                accounts, 0, persons);
        names.clear();
        orgs = new long[m.experts];
        for (int e = 0; e < m.experts; e++) {
            names.add(run + "-e" + e);
            orgs[e] = organizations[m.expertOrganization[e]];
        }
        System.arraycopy(AccountSeed.accounts(db, names, SubmissionSurge.PASSWORD, orgs, "EXPERT", "压测专家 "), 0,
                accounts, persons, m.experts);

        long callId;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO grant_call (programme_code, funding_mode, title, guide, "
                + "opens_at, closes_at, ceiling, total_budget, reviewers_per_application, max_per_expert, status, created_by, "
                + "created_at, version, dispersion_threshold) SELECT code, funding_mode, ?, ?, ?, ?, 500000.00, 9000000000.00, "
                + "?, ?, 'CLOSED', ?, ?, 0, 15.00 FROM programme WHERE code = ?", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "评审分配压测指南 " + run);
            insert.setString(2, "专家分配的端到端压测：" + m.applications + " 项申报、" + m.experts + " 位专家。");
            insert.setObject(3, now.minusDays(30));
            insert.setObject(4, now.minusDays(1));
            insert.setInt(5, k);
            insert.setInt(6, loadCap);
            insert.setString(7, officer);
            insert.setObject(8, now);
            insert.setString(9, PROGRAMME);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("programme " + PROGRAMME + " is not in the schema");
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                callId = keys.getLong(1);
            }
        }
        rows.clear();
        rows.add(new Object[]{callId, 0, "INNOVATION", "创新性", 40, 10});
        rows.add(new Object[]{callId, 1, "FEASIBILITY", "可行性", 35, 10});
        rows.add(new Object[]{callId, 2, "TEAM", "团队基础", 25, 10});
        rows(db, "INSERT INTO call_rubric_criterion (call_id, seq, code, name, weight, max_score) VALUES (?, ?, ?, ?, ?, ?)", rows);

        String sectionRef;
        try (PreparedStatement select = db.prepareStatement("SELECT CONCAT(k.code, '/', s.code) FROM programme p "
                + "JOIN section s ON s.id = p.section_id JOIN plan_catalog k ON k.id = s.catalog_id WHERE p.code = ?")) {
            select.setString(1, PROGRAMME);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                sectionRef = rs.getString(1);
            }
        }
        rows.clear();
        for (int a = 0; a < m.applications; a++) {
            rows.add(new Object[]{callId, PROGRAMME, sectionRef, accounts[m.pi[a]], run + "-p" + m.pi[a],
                    organizations[m.host[a]], "评审压测申报 " + run + " #" + a, "面向" + m.discipline[a] + "学科的研究。",
                    m.discipline[a], now.minusDays(3), now.minusDays(5)});
        }
        rows(db, "INSERT INTO grant_application (call_id, programme_code, section_ref, pi_account_id, pi_username, "
                + "host_organization_id, title, abstract_text, discipline, status, submitted_at, frozen_version, created_at, "
                + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', ?, 1, ?, 3)", rows);
        long[] applications = new long[m.applications];
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM grant_application WHERE call_id = ? ORDER BY id")) {
            select.setLong(1, callId);
            try (ResultSet rs = select.executeQuery()) {
                int a = 0;
                while (rs.next()) {
                    applications[a++] = rs.getLong(1);   // one session inserting in order: ids ascend with the index
                }
                if (a != m.applications) {
                    throw new IllegalStateException(a + " applications written, " + m.applications + " meant");
                }
            }
        }
        List<Object[]> members = new ArrayList<>();
        List<Object[]> keywords = new ArrayList<>();
        List<Object[]> excluded = new ArrayList<>();
        for (int a = 0; a < m.applications; a++) {
            for (int i = 0; i < m.members[a].length; i++) {
                members.add(new Object[]{applications[a], i, accounts[m.members[a][i]], i == 0 ? "CO_PI" : "MEMBER"});
            }
            for (int i = 0; i < m.applicationKeywords[a].length; i++) {
                keywords.add(new Object[]{applications[a], i, m.applicationKeywords[a][i]});
            }
            for (int e : m.excluded[a]) {
                excluded.add(new Object[]{applications[a], accounts[m.expertAccount(e)]});
            }
        }
        rows(db, "INSERT INTO application_member (application_id, seq, account_id, role) VALUES (?, ?, ?, ?)", members);
        rows(db, "INSERT INTO application_keyword (application_id, seq, keyword) VALUES (?, ?, ?)", keywords);
        rows(db, "INSERT INTO application_excluded_expert (application_id, account_id) VALUES (?, ?)", excluded);

        rows.clear();
        for (int e = 0; e < m.experts; e++) {
            rows.add(new Object[]{accounts[m.expertAccount(e)], e % 3 == 0 ? "研究员" : e % 3 == 1 ? "教授" : "高级工程师", officer, now});
        }
        rows(db, "INSERT INTO expert (account_id, title, active, created_by, created_at, version) VALUES (?, ?, TRUE, ?, ?, 0)", rows);
        Map<Long, Long> expertOfAccount = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT e.id, e.account_id FROM expert e JOIN account a ON a.id = e.account_id "
                + "WHERE a.username LIKE ?")) {
            select.setString(1, run + "-e%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    expertOfAccount.put(rs.getLong(2), rs.getLong(1));
                }
            }
        }
        long[] expertIds = new long[m.experts];
        List<Object[]> codes = new ArrayList<>();
        List<Object[]> expertKeywords = new ArrayList<>();
        List<Object[]> conflicts = new ArrayList<>();
        List<Object[]> records = new ArrayList<>();
        for (int e = 0; e < m.experts; e++) {
            long account = accounts[m.expertAccount(e)];
            long id = expertOfAccount.get(account);
            expertIds[e] = id;
            for (String code : m.expertCodes[e]) {
                codes.add(new Object[]{id, code});
            }
            for (int i = 0; i < m.expertKeywords[e].length; i++) {
                expertKeywords.add(new Object[]{id, i, m.expertKeywords[e][i]});
            }
            for (int a : m.declaredApplications[e]) {
                conflicts.add(new Object[]{id, applications[a], null, null, "曾参与该项目的前期论证", now});
            }
            if (m.declaredOrganization[e] >= 0) {
                conflicts.add(new Object[]{id, null, organizations[m.declaredOrganization[e]], null, "曾在该单位兼职", now});
            }
            for (int p : m.declaredPersons[e]) {
                conflicts.add(new Object[]{id, null, null, accounts[p], "与其有师生关系", now});
            }
            if (m.integrity[e] == ReviewCall.RECORD_IN_FORCE) {
                records.add(new Object[]{account, "评审压测：一般失信行为记录（有效期内）", today.minusDays(100),
                        e % 2 == 0 ? null : today.plusDays(365), officer, now});
            } else if (m.integrity[e] == ReviewCall.RECORD_EXPIRED) {
                records.add(new Object[]{account, "评审压测：一般失信行为记录（已期满）", today.minusDays(800), today.minusDays(1),
                        officer, now});
            }
        }
        rows(db, "INSERT INTO expert_discipline (expert_id, discipline_code) VALUES (?, ?)", codes);
        rows(db, "INSERT INTO expert_keyword (expert_id, seq, keyword) VALUES (?, ?, ?)", expertKeywords);
        rows(db, "INSERT INTO expert_conflict (expert_id, application_id, organization_id, person_id, reason, declared_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", conflicts);
        rows(db, "INSERT INTO integrity_record (subject_type, subject_id, severity, reason, valid_from, valid_until, created_by, "
                + "created_at, version) VALUES ('PERSON', ?, 'GENERAL', ?, ?, ?, ?, ?, 0)", records);
        return new Seeded(callId, officer, officerToken, organizations, applications, expertIds, accounts);
    }

    /** One batched INSERT per {@value #BATCH} rows (the driver rewrites each batch into multi-row statements). */
    private static void rows(Connection db, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        insert.setNull(i + 1, Types.BIGINT);
                    } else {
                        insert.setObject(i + 1, row[i]);
                    }
                }
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
