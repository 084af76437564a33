package org.tianshan.grants.audit.api;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tianshan.grants.st.Api;
import org.tianshan.grants.st.Deployments;
import org.tianshan.grants.st.TestData;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every change is audited, and the hash chain exposes a row edited or deleted behind the
 * application's back (straight in the database, as a rogue administrator would).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

    private String auditor;
    private String admin;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void signIn() {
        admin = TestData.adminToken();
        auditor = Api.token(TestData.user(admin, TestData.organization(admin), "AUDITOR"), TestData.PASSWORD);
    }

    @Test
    void aCreatedOrganizationIsInTheTrailWithItsActor() {
        String org = TestData.organization(admin);
        JsonObject page = Api.get("audit-events?entityId=" + org + "&size=10", auditor).json();
        assertTrue(page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(e -> e.getString("action").equals("ORGANIZATION_CREATED") && e.getString("actor").equals("admin")
                        && e.getString("entityType").equals("Organization")), page.toString());
        assertTrue(page.getInt("total") >= 1);
    }

    @Test
    void verifyDetectsAnEditedRowAndPassesAgainOnceItIsRestored() throws Exception {
        assertChainValid();
        long seq = latestSeq();
        String actor = queryString("SELECT actor FROM audit_event WHERE seq = ?", seq);
        update("UPDATE audit_event SET actor = 'mallory' WHERE seq = ?", seq);
        try {
            JsonObject verification = Api.get("audit-events/verify", auditor).json();
            assertFalse(verification.getBoolean("valid"));
            assertEquals(seq, verification.getJsonNumber("brokenSeq").longValue());
        } finally {
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement("UPDATE audit_event SET actor = ? WHERE seq = ?")) {
                s.setString(1, actor);
                s.setLong(2, seq);
                s.executeUpdate();
            }
        }
        assertChainValid();
    }

    @Test
    void verifyDetectsADeletedRow() throws Exception {
        TestData.organization(admin);   // at least one fresh event at the end of the chain
        long seq = latestSeq();
        Properties saved = new Properties();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT * FROM audit_event WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                for (String column : new String[] {"at", "actor", "action", "entity_type", "entity_id", "detail", "prev_hash", "hash"}) {
                    saved.setProperty(column, r.getString(column));
                }
            }
        }
        update("DELETE FROM audit_event WHERE seq = ?", seq);
        try {
            JsonObject verification = Api.get("audit-events/verify", auditor).json();
            assertFalse(verification.getBoolean("valid"), verification.toString());
        } finally {
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                    "INSERT INTO audit_event (seq, at, actor, action, entity_type, entity_id, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)")) {
                s.setLong(1, seq);
                int i = 2;
                for (String column : new String[] {"at", "actor", "action", "entity_type", "entity_id", "detail", "prev_hash", "hash"}) {
                    s.setString(i++, saved.getProperty(column));
                }
                s.executeUpdate();
            }
        }
        assertChainValid();
    }

    @Test
    void concurrentChangesExtendTheChainWithoutForkOrGap() throws Exception {
        long before = Api.get("audit-events/verify", auditor).json().getJsonNumber("count").longValue();
        int writers = 12;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            var done = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < writers; i++) {
                done.add(pool.submit(() -> TestData.organization(admin)));
            }
            for (var f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject verification = Api.get("audit-events/verify", auditor).json();
        assertTrue(verification.getBoolean("valid"), verification.toString());
        assertEquals(before + writers, verification.getJsonNumber("count").longValue());
    }

    @Test
    void auditEventsArePaged() {
        JsonObject page = Api.get("audit-events?page=0&size=2", auditor).json();
        assertEquals(2, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") > 2);
        assertEquals(400, Api.get("audit-events?size=100000", auditor).status());
    }

    private void assertChainValid() {
        JsonObject verification = Api.get("audit-events/verify", auditor).json();
        assertTrue(verification.getBoolean("valid"), verification.toString());
        assertTrue(verification.getInt("count") > 0);
    }

    private long latestSeq() {
        return Api.get("audit-events?size=1", auditor).json().getJsonArray("items").getJsonObject(0).getJsonNumber("seq").longValue();
    }

    private static void update(String sql, long seq) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, seq);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static String queryString(String sql, long seq) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    /** Straight to the test schema, with the credentials the launcher used (see its state file). */
    private static Connection connect() throws SQLException {
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("it.home"), "state.properties"))) {
            state.load(in);
        } catch (java.io.IOException e) {
            throw new SQLException("no state file of the test domain", e);
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", state.getProperty("db.user"));
        credentials.setProperty("password", System.getProperty("it.db.password", ""));
        return new com.mysql.cj.jdbc.Driver().connect("jdbc:mysql://" + state.getProperty("db.host") + ":" + state.getProperty("db.port")
                + "/" + System.getProperty("it.db.name") + "?useSSL=false&allowPublicKeyRetrieval=true", credentials);
    }
}
