package org.tianshan.grants.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After the surge, reads the database (not the API) for every application of the run's call and
 * holds it against what the clients were told. An application the server accepted (200) must be
 * SUBMITTED exactly once: status SUBMITTED, exactly one DRAFT→SUBMITTED status change among exactly
 * two (its drafting and its submission), exactly one frozen version, exactly one APPLICATION_SUBMITTED
 * audit event. One that was not accepted must still be a DRAFT with none of those rows. Anything else
 * is lost (accepted, not in the database), duplicated (more than one of a row) or phantom (in the
 * database without the client having been told).
 */
final class CountCheck {

    /** What one application looks like in the database. */
    record Row(long id, String status, int frozenVersion, int statusChanges, int submittedChanges, int versions,
               int submittedEvents) {
    }

    /** The verdict. {@code problems} names the first few offending applications. */
    record Result(int applications, int accepted, int submittedInDb, int lost, int duplicated, int phantom, int missing,
                  List<String> problems) {

        boolean ok() {
            return lost == 0 && duplicated == 0 && phantom == 0 && missing == 0 && problems.isEmpty();
        }
    }

    private CountCheck() {
    }

    /**
     * @param ids the run's applications, by index
     * @param accepted whether the client got a 200 for each, by the same index
     */
    static Result check(Connection db, long callId, long[] ids, boolean[] accepted) throws SQLException {
        Map<Long, Row> rows = rowsOf(db, callId);
        Map<String, Integer> events = submittedEvents(db);
        int acceptedCount = 0;
        int submitted = 0;
        int lost = 0;
        int duplicated = 0;
        int phantom = 0;
        int missing = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Row r = rows.get(ids[i]);
            if (r == null) {
                missing++;
                note(problems, "application " + ids[i] + " is not in the database");
                continue;
            }
            int auditEvents = events.getOrDefault(Long.toString(ids[i]), 0);
            r = new Row(r.id(), r.status(), r.frozenVersion(), r.statusChanges(), r.submittedChanges(), r.versions(), auditEvents);
            boolean inDb = "SUBMITTED".equals(r.status());
            submitted += inDb ? 1 : 0;
            if (accepted[i]) {
                acceptedCount++;
                if (!inDb || r.submittedChanges() == 0 || r.versions() == 0 || auditEvents == 0) {
                    lost++;
                    note(problems, "accepted but not (fully) submitted: " + r);
                } else if (r.submittedChanges() != 1 || r.statusChanges() != 2 || r.versions() != 1 || r.frozenVersion() != 1
                        || auditEvents != 1) {
                    duplicated++;
                    note(problems, "accepted, but not exactly once: " + r);
                }
            } else if (inDb || r.submittedChanges() != 0 || r.versions() != 0 || auditEvents != 0) {
                phantom++;
                note(problems, "not accepted, yet submitted rows exist: " + r);
            }
        }
        return new Result(ids.length, acceptedCount, submitted, lost, duplicated, phantom, missing, problems);
    }

    private static Map<Long, Row> rowsOf(Connection db, long callId) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("""
                SELECT a.id, a.status, a.frozen_version,
                       (SELECT COUNT(*) FROM application_status_change s WHERE s.application_id = a.id),
                       (SELECT COUNT(*) FROM application_status_change s WHERE s.application_id = a.id
                                                                          AND s.from_status = 'DRAFT' AND s.to_status = 'SUBMITTED'),
                       (SELECT COUNT(*) FROM application_version v WHERE v.application_id = a.id)
                FROM grant_application a WHERE a.call_id = ?""")) {
            select.setLong(1, callId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6), 0));
                }
            }
        }
        return rows;
    }

    private static Map<String, Integer> submittedEvents(Connection db) throws SQLException {
        Map<String, Integer> events = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT entity_id, COUNT(*) FROM audit_event "
                + "WHERE entity_type = 'GrantApplication' AND action = 'APPLICATION_SUBMITTED' GROUP BY entity_id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                events.put(rs.getString(1), rs.getInt(2));
            }
        }
        return events;
    }

    private static void note(List<String> problems, String problem) {
        if (problems.size() < 10) {
            problems.add(problem);
        }
    }
}
