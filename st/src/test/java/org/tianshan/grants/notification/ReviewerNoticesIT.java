package org.tianshan.grants.notification;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import org.tianshan.grants.review.boundary.ReviewReminders;
import org.tianshan.grants.st.Api;
import org.tianshan.grants.st.Deployments;
import org.tianshan.grants.st.Mailbox;
import org.tianshan.grants.st.TestData;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Experts hear of their review tasks by mail, and only they do: an assignment run mails each expert who got
 * new tasks once (how many, the call, the deadline, the link to their task list) and tells the PI nothing;
 * a review due within the reminder horizon (48 hours) is reminded once, and looking again reminds nobody.
 * The client-side steps drive the REST API and read GreenMail; the two steps without {@code @RunAsClient}
 * run inside the server and call {@link ReviewReminders#remindDue()}, as the reminder timer does.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewerNoticesIT {

    /** This class's PI and expert have their mail here, so the in-server steps find this class's rows. */
    static final String DOMAIN = "reviewers.tianshan.test";
    /** A discipline no other test's experts have (aquaculture), so the one-reviewer draw can only pick this class's expert. */
    static final String DISCIPLINE = "24010";
    static final String PREFIX = "「天山科技项目管理平台」";
    static final String TITLE = "塔里木河流域冷水鱼类健康养殖关键技术研究";
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static String admin;
    static String org;
    static String officer;
    static String unitAdmin;
    static String callId;
    static String callTitle;
    static String piEmail;
    static String expertEmail;
    static String expertName;
    static OffsetDateTime dueAt;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.ear();
        ear.getAsType(WebArchive.class, "tianshan-web.war").addClasses(ReviewerNoticesIT.class, Api.class, Api.Reply.class, TestData.class);
        return ear;
    }

    @BeforeAll
    static void aMailServerAndAnOpenCall() {
        Mailbox.open();
        admin = TestData.adminToken();
        org = TestData.organization(admin);
        officer = Api.token(TestData.user(admin, org, "PROGRAM_OFFICER"), TestData.PASSWORD);
        unitAdmin = Api.token(TestData.user(admin, org, "UNIT_ADMIN"), TestData.PASSWORD);
        JsonObject call = TestData.callBody("KEY_RD_GENERAL",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(30).truncatedTo(ChronoUnit.SECONDS)).build();
        callTitle = call.getString("title");
        callId = TestData.openCall(officer, call);
    }

    @AfterAll
    static void closeTheMailServer() {
        Mailbox.close();
    }

    @Test
    @Order(1)
    @RunAsClient
    void anAssignmentRunMailsEachExpertWithNewTasksOnceAndThePiNothing() throws Exception {
        String piName = TestData.userMailedAt(admin, org, DOMAIN, "APPLICANT");
        piEmail = piName + "@" + DOMAIN;
        String pi = Api.token(piName, TestData.PASSWORD);
        String applicationId = acceptedApplication(pi);
        assertEquals(3, Mailbox.await(piEmail, 3, PATIENCE).size(), "submitted, endorsed, accepted");
        assertEquals("CLOSED", Api.post("calls/" + callId + "/close", officer, null).json().getString("status"));

        String expertUserId = expert();
        dueAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply run = Api.post("calls/" + callId + "/assignments", officer, Json.createObjectBuilder().add("mode", "RANDOM")
                .add("perApplication", 1).add("dueAt", dueAt.toString()).build().toString());
        assertEquals(200, run.status(), run.toString());
        assertEquals(1, run.json().getInt("assigned"), run.toString());
        JsonObject assignment = run.json().getJsonArray("assignments").getJsonObject(0);
        assertEquals(applicationId, assignment.getString("applicationId"), run.toString());
        assertEquals(expertUserId, assignment.getString("userId"), "the only expert of the discipline was drawn: " + run);

        Mailbox.await(expertEmail, 1, PATIENCE);
        Thread.sleep(2000);   // and no more than that one
        List<MimeMessage> mails = Mailbox.of(expertEmail);
        assertEquals(1, mails.size(), "one mail for the run");
        MimeMessage mail = mails.get(0);
        assertEquals(PREFIX + "您有 1 项新的评审任务（" + callTitle + "）", Mailbox.subject(mail));
        String text = Mailbox.text(mail);
        assertTrue(text.startsWith(expertName + "，您好："), text);
        assertTrue(text.contains("「" + callTitle + "」的专家评审，新分配给您 1 份申报书"), "how many tasks, which call: " + text);
        assertTrue(text.contains("评审截止时间：" + MINUTES.format(dueAt) + "（北京时间）"), "the deadline in Beijing time: " + text);
        assertTrue(text.contains("http://localhost:" + System.getProperty("it.http.port") + "/expert/reviews.xhtml"),
                "the link to the task list: " + text);

        List<MimeMessage> piMails = Mailbox.of(piEmail);
        assertEquals(3, piMails.size(), "the PI hears nothing of the assignment");
        for (MimeMessage m : piMails) {
            String all = Mailbox.subject(m) + Mailbox.text(m);
            assertFalse(all.contains("评审任务") || all.contains(expertName) || all.contains(expertEmail),
                    "no PI mail names the expert or the review tasks: " + all);
        }
    }

    @Test
    @Order(2)
    void aReviewDueWithinTheHorizonIsMarkedRemindedWhenTheTimerLooks() throws Exception {
        assertEquals(List.of(), reminded(), "not reminded before anyone looked");
        int reminded = reminders().remindDue();
        assertTrue(reminded >= 1, "this class's review, due in a day, at least: " + reminded);
        assertEquals(1, reminded().size(), "this class's one review is reminded now");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theExpertGetsOneReminderNamingTheApplicationAndTheDeadline() throws Exception {
        Mailbox.await(expertEmail, 2, PATIENCE);
        Thread.sleep(2000);
        List<MimeMessage> reminders = remindersTo(expertEmail);
        assertEquals(1, reminders.size(), "one reminder");
        String text = Mailbox.text(reminders.get(0));
        assertTrue(text.contains("「" + callTitle + "」中承担的申报书《" + TITLE + "》评审尚未提交"), text);
        assertTrue(text.contains("评审截止时间：" + MINUTES.format(dueAt) + "（北京时间）"), text);
        assertTrue(text.contains("/expert/reviews.xhtml"), text);
        assertEquals(3, Mailbox.of(piEmail).size(), "the PI hears nothing of it");
    }

    @Test
    @Order(4)
    void lookingAgainRemindsNobodyAndEachExpertMailIsRecordedOnceAboutItsRunOrReview() throws Exception {
        List<String> before = reminded();
        assertEquals(0, reminders().remindDue(), "every review due was reminded already");
        assertEquals(before, reminded(), "the reminder time is kept");

        List<String> rows = rows("select n.kind, n.status, n.application_id is null, n.run_id is not null, n.review_id is not null "
                + "from notification n where n.email like ? and n.kind like 'REVIEW%' order by n.id");
        assertEquals(List.of("REVIEW_ASSIGNED SENT 1 1 0", "REVIEW_DUE SENT 1 1 1"), rows,
                "one assignment notice about its run, one reminder about its review, both sent");
    }

    @Test
    @Order(5)
    @RunAsClient
    void theExpertStillHasOneReminder() throws Exception {
        Thread.sleep(3000);
        assertEquals(1, remindersTo(expertEmail).size(), "no second reminder");
        assertEquals(2, Mailbox.of(expertEmail).size(), "the assignment and the reminder, nothing else");
        assertEquals(3, Mailbox.of(piEmail).size());
    }

    // ---- client side

    /** A submitted, endorsed and formally accepted application of the call, in the test's discipline; its id. */
    static String acceptedApplication(String pi) {
        JsonArrayBuilder budget = Json.createArrayBuilder();
        String[] lines = {"EQUIPMENT", "100000.00", "BUSINESS", "250000.00", "LABOUR", "50000.00", "INDIRECT", "60000.00"};
        for (int i = 0; i < lines.length; i += 2) {
            budget.add(Json.createObjectBuilder().add("category", lines[i]).add("amount", lines[i + 1]));
        }
        Api.Reply created = Api.post("applications", pi, Json.createObjectBuilder().add("callId", callId).add("title", TITLE)
                .add("abstract", "针对塔里木河流域冷水鱼类养殖病害多发的问题，研究……").add("keywords", Json.createArrayBuilder().add("冷水鱼"))
                .add("discipline", DISCIPLINE).add("hostOrganizationId", org).add("team", Json.createArrayBuilder())
                .add("budget", budget).add("excludedExperts", Json.createArrayBuilder()).build().toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        assertStatus("SUBMITTED", Api.post("applications/" + id + "/submit", pi, null));
        assertStatus("ENDORSED", Api.post("applications/" + id + "/endorsement", unitAdmin, decision("ENDORSE", "同意推荐")));
        assertStatus("ACCEPTED", Api.post("applications/" + id + "/formal-check", officer, decision("ACCEPT", "形式审查通过")));
        return id;
    }

    /** An EXPERT of another organization (no conflict with the host), mailed at this class's domain, in the pool; their user id. */
    static String expert() {
        String username = TestData.unique("x");
        expertName = "测试专家" + username;
        expertEmail = username + "@" + DOMAIN;
        Api.Reply user = Api.post("users", admin, Json.createObjectBuilder().add("username", username).add("password", TestData.PASSWORD)
                .add("displayName", expertName).add("roles", Json.createArrayBuilder().add("EXPERT"))
                .add("organizationId", TestData.organization(admin, "INSTITUTE")).add("email", expertEmail).build().toString());
        assertEquals(201, user.status(), user.toString());
        String userId = user.json().getString("id");
        Api.Reply expert = Api.post("experts", officer, Json.createObjectBuilder().add("userId", userId)
                .add("disciplines", Json.createArrayBuilder().add(DISCIPLINE)).add("keywords", Json.createArrayBuilder()).build().toString());
        assertEquals(201, expert.status(), expert.toString());
        return userId;
    }

    static List<MimeMessage> remindersTo(String address) {
        return Mailbox.of(address).stream().filter(m -> Mailbox.subject(m).equals(PREFIX + "评审任务即将截止：《" + TITLE + "》")).toList();
    }

    static String decision(String decision, String comment) {
        return Json.createObjectBuilder().add("decision", decision).add("comment", comment).build().toString();
    }

    static void assertStatus(String status, Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(status, reply.json().getString("status"), reply.toString());
    }

    // ---- inside the server

    static ReviewReminders reminders() throws Exception {
        ReviewReminders reminders = InitialContext.doLookup("java:app/tianshan-ejb/ReviewReminders");
        assertNotNull(reminders);
        return reminders;
    }

    /** The reminder times of this class's reviews (those of experts mailed at its domain) that have one. */
    static List<String> reminded() throws Exception {
        return rows("select r.reminded_at from review r join expert e on e.id = r.expert_id join account a on a.id = e.account_id "
                + "where a.email like ? and r.reminded_at is not null order by r.id");
    }

    /** Each row of the query (one parameter: the email pattern of this class's domain), its columns joined by spaces. */
    static List<String> rows(String sql) throws Exception {
        DataSource db = InitialContext.doLookup("jdbc/tianshan");
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, "%@" + DOMAIN);
            try (ResultSet r = s.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.append(i == 1 ? "" : " ").append(r.getString(i));
                    }
                    rows.add(row.toString());
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + sql, e);
        }
    }
}
