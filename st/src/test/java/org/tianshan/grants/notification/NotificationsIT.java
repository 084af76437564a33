package org.tianshan.grants.notification;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tianshan.grants.notification.control.Notice;
import org.tianshan.grants.st.Api;
import org.tianshan.grants.st.Deployments;
import org.tianshan.grants.st.Mailbox;
import org.tianshan.grants.st.TestData;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PI hears by mail of each step of their application (GreenMail on {@code it.smtp.port}, where the
 * test domain's {@code mail/tianshan} sends): one mail per decision, the Chinese subject, the decision
 * and its reasons in the body; a redelivered message mails nothing; a mail server that is down fails
 * the mail, not the decision. The client-side steps drive the REST API; the two steps without
 * {@code @RunAsClient} run inside the server, where the queue and the notification records are.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsIT {

    /** This class's PIs have their mail here, so the in-server steps find this class's records. */
    static final String DOMAIN = "notices.tianshan.test";
    static final String PREFIX = "「天山科技项目管理平台」您的申报书";
    static final String TITLE = "南疆棉区机采棉清杂关键技术研究";
    static final String REASON = "预算说明不充分，请补充设备费测算依据";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static String admin;
    static String org;
    static String officer;
    static String unitAdmin;
    static String callId;
    static String piEmail;
    static String applicationId;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.ear();
        ear.getAsType(WebArchive.class, "tianshan-web.war").addClasses(NotificationsIT.class, Api.class, Api.Reply.class, TestData.class);
        return ear;
    }

    @BeforeAll
    static void aMailServerAndAnOpenCall() {
        Mailbox.open();
        admin = TestData.adminToken();
        org = TestData.organization(admin);
        officer = Api.token(TestData.user(admin, org, "PROGRAM_OFFICER"), TestData.PASSWORD);
        unitAdmin = Api.token(TestData.user(admin, org, "UNIT_ADMIN"), TestData.PASSWORD);
        callId = TestData.openCall(officer, TestData.callBody("KEY_RD_GENERAL",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(30).truncatedTo(ChronoUnit.SECONDS)).build());
    }

    @AfterAll
    static void closeTheMailServer() {
        Mailbox.close();
    }

    @Test
    @Order(1)
    @RunAsClient
    void eachStepReachesThePiOnceWithTheChineseSubjectTheDecisionAndItsReasons() throws Exception {
        String username = TestData.userMailedAt(admin, org, DOMAIN, "APPLICANT");
        piEmail = username + "@" + DOMAIN;
        String pi = Api.token(username, TestData.PASSWORD);
        applicationId = draft(pi);
        String id = applicationId;
        assertStatus("SUBMITTED", Api.post("applications/" + id + "/submit", pi, null));
        assertStatus("DRAFT", Api.post("applications/" + id + "/endorsement", unitAdmin, decision("RETURN", REASON)));
        assertStatus("SUBMITTED", Api.post("applications/" + id + "/submit", pi, null));
        assertStatus("ENDORSED", Api.post("applications/" + id + "/endorsement", unitAdmin, decision("ENDORSE", "同意推荐")));
        assertStatus("ACCEPTED", Api.post("applications/" + id + "/formal-check", officer, decision("ACCEPT", "形式审查通过")));

        Mailbox.await(piEmail, 5, PATIENCE);
        Thread.sleep(2000);   // and no more than those
        List<MimeMessage> mails = Mailbox.of(piEmail);
        assertEquals(Map.of(PREFIX + "《" + TITLE + "》已提交", 2L,
                        PREFIX + "《" + TITLE + "》被依托单位退回修改", 1L,
                        PREFIX + "《" + TITLE + "》已通过单位推荐", 1L,
                        PREFIX + "《" + TITLE + "》已通过形式审查", 1L),
                mails.stream().collect(Collectors.groupingBy(Mailbox::subject, Collectors.counting())),
                "one mail per step, each with its subject");

        String returned = Mailbox.text(only(mails, "被依托单位退回修改"));
        assertTrue(returned.contains("（编号 " + id + "）"), returned);
        assertTrue(returned.contains("审核结论：退回修改"), returned);
        assertTrue(returned.contains("审核意见：" + REASON), "the reasons as the unit gave them: " + returned);
        String accepted = Mailbox.text(only(mails, "已通过形式审查"));
        assertTrue(accepted.contains("审核结论：受理") && accepted.contains("审核意见：形式审查通过"), accepted);
        assertTrue(accepted.startsWith("测试用户" + username + "，您好："), accepted);

        assertEquals(5, mails.stream().map(m -> Mailbox.header(m, "X-Tianshan-Event")).collect(Collectors.toSet()).size(),
                "each mail is a different event");
        assertEquals(Set.of("noreply@tianshan.example"), mails.stream().map(Mailbox::from).collect(Collectors.toSet()),
                "the sender configured on mail/tianshan");
    }

    @Test
    @Order(2)
    void aRedeliveredMessageIsRecognisedAndNotMailedAgain() throws Exception {
        // inside the server: two more copies of the formal check's message, exactly as first sent
        Map<String, String> row = awaitRow("n.kind = 'ACCEPTED' and n.status = 'SENT'", r -> true);
        Notice notice = new Notice(row.get("event_key"), Long.parseLong(row.get("application_id")), row.get("action"),
                row.get("decision"), row.get("comment"), LocalDateTime.parse(row.get("occurred_at")).toInstant(ZoneOffset.UTC));
        ConnectionFactory factory = InitialContext.doLookup("jms/tianshanConnectionFactory");
        Queue queue = InitialContext.doLookup("jms/notifications");
        try (JMSContext jms = factory.createContext()) {
            jms.createProducer().send(queue, notice.toMap());
            jms.createProducer().send(queue, notice.toMap());
        }
        Map<String, String> after = awaitRow("n.event_key = '" + notice.eventKey() + "'", r -> r.get("redeliveries").equals("2"));
        assertEquals("2", after.get("redeliveries"), "both copies arrived: " + after);
        assertEquals("1", after.get("attempts"), "and neither was sent: " + after);
        assertEquals("SENT", after.get("status"));
    }

    @Test
    @Order(3)
    @RunAsClient
    void thePiStillHasOneMailPerStep() {
        List<MimeMessage> mails = Mailbox.of(piEmail);
        assertEquals(5, mails.size(), "no mail for the redelivered copies");
        only(mails, "已通过形式审查");
    }

    @Test
    @Order(4)
    @RunAsClient
    void whenTheMailServerIsDownTheDecisionsStillStand() {
        Mailbox.close();
        String pi = Api.token(TestData.userMailedAt(admin, org, DOMAIN, "APPLICANT"), TestData.PASSWORD);
        String id = draft(pi);
        assertStatus("SUBMITTED", Api.post("applications/" + id + "/submit", pi, null));
        assertStatus("WITHDRAWN", Api.post("applications/" + id + "/withdraw", pi, null));

        String withoutMail = Api.token(TestData.userMailedAt(admin, org, null, "APPLICANT"), TestData.PASSWORD);
        assertStatus("SUBMITTED", Api.post("applications/" + draft(withoutMail) + "/submit", withoutMail, null));
    }

    @Test
    @Order(5)
    void aMailThatCannotBeSentIsRecordedFailedOnceAndAPiWithoutAddressIsRecordedSo() throws Exception {
        Map<String, String> failed = awaitRow("n.kind = 'WITHDRAWN'", r -> !r.get("status").equals("SENDING"));
        assertEquals("FAILED", failed.get("status"), failed.toString());
        assertTrue(failed.get("error").contains("Connect"), "the reason is kept: " + failed);
        Thread.sleep(3000);
        Map<String, String> later = awaitRow("n.event_key = '" + failed.get("event_key") + "'", r -> true);
        assertEquals("1", later.get("attempts"), "tried once: " + later);
        assertEquals("0", later.get("redeliveries"), "the message was consumed, not redelivered: " + later);
        assertEquals("FAILED", later.get("status"));

        Map<String, String> noAddress = awaitRow("n.kind = 'SUBMITTED' and n.email is null", r -> true);
        assertEquals("NO_ADDRESS", noAddress.get("status"), noAddress.toString());
        assertEquals("0", noAddress.get("attempts"), noAddress.toString());
    }

    // ---- client side

    static String draft(String token) {
        JsonArrayBuilder budget = Json.createArrayBuilder();
        String[] lines = {"EQUIPMENT", "100000.00", "BUSINESS", "250000.00", "LABOUR", "50000.00", "INDIRECT", "60000.00"};
        for (int i = 0; i < lines.length; i += 2) {
            budget.add(Json.createObjectBuilder().add("category", lines[i]).add("amount", lines[i + 1]));
        }
        Api.Reply created = Api.post("applications", token, Json.createObjectBuilder().add("callId", callId).add("title", TITLE)
                .add("abstract", "针对南疆棉区机采棉含杂率高的问题，研究……").add("keywords", Json.createArrayBuilder().add("棉花").add("机采"))
                .add("discipline", "21020").add("hostOrganizationId", org).add("team", Json.createArrayBuilder())
                .add("budget", budget).add("excludedExperts", Json.createArrayBuilder()).build().toString());
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("id");
    }

    static String decision(String decision, String comment) {
        return Json.createObjectBuilder().add("decision", decision).add("comment", comment).build().toString();
    }

    static void assertStatus(String status, Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(status, reply.json().getString("status"), reply.toString());
    }

    static MimeMessage only(List<MimeMessage> mails, String subjectEnd) {
        List<MimeMessage> matching = mails.stream().filter(m -> Mailbox.subject(m).endsWith(subjectEnd)).toList();
        assertEquals(1, matching.size(), "one mail ending " + subjectEnd);
        return matching.get(0);
    }

    // ---- inside the server

    /** The newest notification record of this class's PIs (or without address) that matches, once {@code ready} holds. */
    static Map<String, String> awaitRow(String where, Predicate<Map<String, String>> ready)
            throws NamingException, SQLException, InterruptedException {
        DataSource db = InitialContext.doLookup("jdbc/tianshan");
        Instant deadline = Instant.now().plus(PATIENCE);
        Map<String, String> row = Map.of();
        while (Instant.now().isBefore(deadline)) {
            row = newest(db, where);
            if (!row.isEmpty() && ready.test(row)) {
                return row;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no notification record where " + where + " became ready; last seen " + row);
    }

    private static Map<String, String> newest(DataSource db, String where) throws SQLException {
        String sql = "select n.* from notification n where (n.email like ? or n.email is null) and " + where + " order by n.id desc limit 1";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, "%@" + DOMAIN);
            try (ResultSet r = s.executeQuery()) {
                Map<String, String> row = new HashMap<>();
                if (r.next()) {
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        Object value = r.getObject(i);
                        row.put(r.getMetaData().getColumnLabel(i).toLowerCase(), value == null ? null : value.toString());
                    }
                }
                return row;
            }
        }
    }
}
