package org.tianshan.grants.decision.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tianshan.grants.st.Api;
import org.tianshan.grants.st.Deployments;
import org.tianshan.grants.st.Flows;
import org.tianshan.grants.st.TestData;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From a frozen ranking to approved projects through the REST API (issue 6): the funding plan and each
 * of its refusals, the default plan, separation of duties at approval, the public notice read without
 * sign-in, objections upheld and dismissed with their replies, a notice that cannot close while an
 * objection is open, the close that approves and creates projects, and the timer that ends a notice (the
 * test domain runs notices for 90 s).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DecisionApiIT {

    static String admin;
    static Flows.ReviewedCall call;
    static Flows.User officerDirector;
    static String planId;
    static String noticeId;
    static String upheld;
    static String dismissed;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void aCallWithFourReviewedApplications() {
        admin = TestData.adminToken();
        call = Flows.reviewedCall(admin, "KEY_RD_GENERAL", TestData.callBody("KEY_RD_GENERAL", Flows.inDays(30))
                .add("totalBudget", "1000000.00"), "400000.00", "300000.00", "300000.00", "200000.00");
        officerDirector = Flows.user(admin, call.hostOrganizationId(), "PROGRAM_OFFICER", "DIRECTOR");
    }

    static String plan(String... idAmountReason) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < idAmountReason.length; i += 3) {
            var item = Json.createObjectBuilder().add("applicationId", idAmountReason[i]).add("amount", idAmountReason[i + 1]);
            if (idAmountReason[i + 2] != null) {
                item.add("reason", idAmountReason[i + 2]);
            }
            items.add(item);
        }
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    static String app(int rank) {
        return call.applications().get(rank - 1);
    }

    @Test
    @Order(1)
    @RunAsClient
    void aPlanIsRefusedForEachBadAmountAnApplicationNotReviewedAndOverTheBudget() {
        String path = "calls/" + call.callId() + "/funding-plan";
        String officer = call.officer().token();
        assertProblem(400, Api.post(path, officer, plan(app(1), "-1.00", null)), "items[0].amount");
        assertProblem(400, Api.post(path, officer, plan(app(1), "1000.001", null)), "items[0].amount");
        assertProblem(400, Api.post(path, officer, plan(app(1), "1000.00", null)), "items[0].reason");
        assertProblem(422, Api.post(path, officer, plan(app(1), "400000.01", null)), "AMOUNT_ABOVE_REQUEST");
        assertProblem(422, Api.post(path, officer, plan("999999999", "1000.00", "x")), "NOT_REVIEWED");
        assertProblem(422, Api.post(path, officer, plan(app(1), "400000.00", null, app(2), "300000.00", null,
                app(3), "300000.00", null, app(4), "200000.00", null)), "OVER_CALL_BUDGET");
        assertProblem(403, Api.post(path, call.director().token(), plan(app(1), "400000.00", null)), null);
        assertProblem(404, Api.get(path, officer), null);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theDefaultPlanTakesTheRankingInOrderUntilTheBudgetIsSpent() {
        Api.Reply proposal = Api.get("calls/" + call.callId() + "/funding-plan/proposal", call.officer().token());
        assertEquals(200, proposal.status(), proposal.toString());
        assertEquals(List.of(app(1) + ":400000.00", app(2) + ":300000.00", app(3) + ":300000.00"),
                proposal.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                        .map(i -> i.getString("applicationId") + ":" + i.getString("amount")).toList());
    }

    @Test
    @Order(3)
    @RunAsClient
    void theProposerCanNeverApproveTheirOwnPlanAndADirectorReturnsOrApprovesIt() {
        String path = "calls/" + call.callId() + "/funding-plan";
        Api.Reply first = Api.post(path, officerDirector.token(), plan(app(1), "400000.00", null, app(2), "250000.00", "预算中设备费偏高，核减",
                app(3), "300000.00", null));
        assertEquals(201, first.status(), first.toString());
        assertEquals("PROPOSED", first.json().getString("status"));
        assertEquals("950000.00", first.json().getString("total"));
        assertEquals("50000.00", first.json().getString("remaining"));
        String firstId = first.json().getString("id");
        assertProblem(403, Api.post("funding-plans/" + firstId + "/approve", officerDirector.token(), null), null);
        assertProblem(400, Api.post("funding-plans/" + firstId + "/return", call.director().token(), "{}"), "comment");
        Api.Reply returned = Api.post("funding-plans/" + firstId + "/return", call.director().token(), "{\"comment\":\"请补充第4名的考虑\"}");
        assertEquals("RETURNED", returned.json().getString("status"), returned.toString());
        assertProblem(409, Api.post("funding-plans/" + firstId + "/approve", call.director().token(), null), null);

        Api.Reply second = Api.post(path, officerDirector.token(), plan(app(1), "400000.00", null, app(2), "250000.00", "预算中设备费偏高，核减",
                app(3), "300000.00", null));
        planId = second.json().getString("id");
        assertEquals("SUPERSEDED", Api.get("funding-plans/" + firstId, call.director().token()).json().getString("status"));
        Api.Reply approved = Api.post("funding-plans/" + planId + "/approve", call.director().token(), null);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("IN_PUBLIC_NOTICE", approved.json().getString("status"));
        noticeId = approved.json().getString("noticeId");
        OffsetDateTime endsAt = OffsetDateTime.parse(approved.json().getString("endsAt"));
        assertTrue(endsAt.isAfter(OffsetDateTime.now().plusSeconds(30)), "the notice runs 90 s in the test domain: " + endsAt);
        for (int rank = 1; rank <= 3; rank++) {
            assertEquals("IN_PUBLIC_NOTICE", Api.get("applications/" + app(rank), call.officer().token()).json().getString("status"));
        }
        assertEquals("REVIEWED", Api.get("applications/" + app(4), call.officer().token()).json().getString("status"));
        assertProblem(409, Api.post(path, call.officer().token(), plan(app(4), "200000.00", null)), null);
    }

    @Test
    @Order(4)
    @RunAsClient
    void theNoticeIsPublicAndTakesObjectionsOnlyOnListedProjects() {
        Api.Reply anonymous = Api.get("public-notices?size=200", null);
        assertEquals(200, anonymous.status(), anonymous.toString());
        JsonObject notice = anonymous.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("id").equals(noticeId)).findFirst().orElseThrow();
        assertEquals(List.of(app(1), app(2), app(3)), notice.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("applicationId")).toList());
        JsonObject second = notice.getJsonArray("items").getJsonObject(1);
        assertEquals("250000.00", second.getString("amount"));
        assertTrue(second.getString("hostOrganization").startsWith("测试单位-"));
        assertTrue(second.getString("pi").startsWith("流程测试"));

        String objections = "public-notices/" + noticeId + "/objections";
        Flows.User auditor = Flows.user(admin, call.hostOrganizationId(), "AUDITOR");
        assertProblem(403, Api.post(objections, auditor.token(), objection(app(1), "审计人员不提异议")), null);
        assertProblem(401, Api.post(objections, null, objection(app(1), "匿名异议不受理")), null);
        assertProblem(422, Api.post(objections, call.pis().get(3).token(), objection(app(4), "未列入公示的项目")), "NOT_IN_NOTICE");
        assertProblem(400, Api.post(objections, call.pis().get(3).token(), objection(app(1), "")), "reason");
        Api.Reply first = Api.post(objections, call.pis().get(3).token(), objection(app(1), "该项目与已结题项目研究内容高度重复"));
        assertEquals(201, first.status(), first.toString());
        dismissed = first.json().getString("id");
        Api.Reply second2 = Api.post(objections, call.pis().get(2).token(), objection(app(2), "负责人同期主持同类在研项目，存在重复申报"));
        upheld = second2.json().getString("id");
        assertEquals("OPEN", second2.json().getString("status"));
    }

    @Test
    @Order(5)
    @RunAsClient
    void anOpenObjectionHoldsTheNoticeAndEachResolutionAnswersTheObjector() {
        String officer = call.officer().token();
        assertProblem(409, Api.post("public-notices/" + noticeId + "/close", officer, null), "OPEN_OBJECTIONS");
        assertProblem(400, Api.post("objections/" + dismissed + "/resolution", officer, "{\"decision\":\"DISMISSED\"}"), "comment");
        assertProblem(400, Api.post("objections/" + dismissed + "/resolution", officer, "{\"decision\":\"MAYBE\",\"comment\":\"x\"}"), "decision");
        assertProblem(403, Api.post("objections/" + dismissed + "/resolution", call.director().token(),
                "{\"decision\":\"DISMISSED\",\"comment\":\"x\"}"), null);
        Api.Reply d = Api.post("objections/" + dismissed + "/resolution", officer,
                "{\"decision\":\"DISMISSED\",\"comment\":\"经核查，研究内容与已结题项目不同，异议不成立。\"}");
        assertEquals("DISMISSED", d.json().getString("status"), d.toString());
        Api.Reply u = Api.post("objections/" + upheld + "/resolution", officer,
                "{\"decision\":\"UPHELD\",\"comment\":\"经核查属实，该项目不予立项。\"}");
        assertEquals("UPHELD", u.json().getString("status"), u.toString());
        assertProblem(409, Api.post("objections/" + upheld + "/resolution", officer, "{\"decision\":\"DISMISSED\",\"comment\":\"再议\"}"), null);
        assertEquals("NOT_FUNDED", Api.get("applications/" + app(2), officer).json().getString("status"));

        JsonObject mine = Api.get("objections/" + dismissed, call.pis().get(3).token()).json();
        assertEquals("经核查，研究内容与已结题项目不同，异议不成立。", mine.getString("reply"));
        assertProblem(404, Api.get("objections/" + dismissed, call.pis().get(0).token()), null);
        JsonObject notice = Api.get("public-notices/" + noticeId, null).json();
        assertEquals(List.of(app(1), app(3)), notice.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("applicationId")).toList());
        assertEquals("700000.00", notice.getString("total"), "the upheld project's money is back in the call's budget");
    }

    @Test
    @Order(6)
    @RunAsClient
    void closingApprovesTheFundedApplicationsAndCreatesTheirProjects() {
        String officer = call.officer().token();
        Api.Reply closed = Api.post("public-notices/" + noticeId + "/close", officer, null);
        assertEquals("CLOSED", closed.json().getString("status"), closed.toString());
        assertEquals("APPROVED", Api.get("applications/" + app(1), officer).json().getString("status"));
        assertEquals("APPROVED", Api.get("applications/" + app(3), officer).json().getString("status"));
        assertEquals("NOT_FUNDED", Api.get("applications/" + app(2), officer).json().getString("status"));
        assertEquals("NOT_FUNDED", Api.get("applications/" + app(4), officer).json().getString("status"));
        assertEquals("CONCLUDED", Api.get("funding-plans/" + planId, officer).json().getString("status"));
        assertProblem(409, Api.post("public-notices/" + noticeId + "/objections", call.pis().get(3).token(),
                objection(app(1), "公示结束后的异议")), "NOTICE_ENDED");
        assertProblem(409, Api.post("public-notices/" + noticeId + "/close", officer, null), null);
        assertFalse(Api.get("public-notices?size=200", null).json().getJsonArray("items").stream()
                .anyMatch(n -> n.asJsonObject().getString("id").equals(noticeId)), "a closed notice is no longer current");

        JsonObject projects = Api.get("projects?mine=true", call.pis().get(0).token()).json();
        assertEquals(1, projects.getInt("total"), projects.toString());
        JsonObject project = projects.getJsonArray("items").getJsonObject(0);
        assertEquals(app(1), project.getString("applicationId"));
        assertEquals("CONTRACTING", project.getString("status"));
        assertEquals("400000.00", project.getString("approvedAmount"));
        assertEquals(0, Api.get("projects?mine=true", call.pis().get(1).token()).json().getInt("total"));
    }

    @Test
    @Order(7)
    @RunAsClient
    void theTimerEndsANoticeWithoutAnyone() throws InterruptedException {
        Flows.ReviewedCall timed = Flows.reviewedCall(admin, "KEY_RD_GENERAL", null, "100000.00");
        Api.Reply proposed = Api.post("calls/" + timed.callId() + "/funding-plan", timed.officer().token(),
                plan(timed.applications().get(0), "100000.00", null));
        Api.Reply approved = Api.post("funding-plans/" + proposed.json().getString("id") + "/approve", timed.director().token(), null);
        String notice = approved.json().getString("noticeId");
        OffsetDateTime endsAt = OffsetDateTime.parse(approved.json().getString("endsAt"));
        OffsetDateTime giveUp = endsAt.plus(Duration.ofSeconds(60));
        String status = "OPEN";
        while (status.equals("OPEN") && OffsetDateTime.now().isBefore(giveUp)) {
            Thread.sleep(2000);
            status = Api.get("public-notices/" + notice, null).json().getString("status");
        }
        assertEquals("CLOSED", status, "the notice's timer ends it at " + endsAt);
        assertEquals("APPROVED", Api.get("applications/" + timed.applications().get(0), timed.officer().token()).json().getString("status"));
    }

    static String objection(String applicationId, String reason) {
        return Json.createObjectBuilder().add("applicationId", applicationId).add("reason", reason).build().toString();
    }

    /**
     * A problem+json of that status; with {@code field}, one violation names it (a rule code or a field) or,
     * for a state conflict, its type does ({@code OPEN_OBJECTIONS} → {@code …:open-objections}).
     */
    static void assertProblem(int status, Api.Reply reply, String field) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        if (field != null && status == 409) {
            assertTrue(reply.json().getString("type").endsWith(":" + field.toLowerCase().replace('_', '-')), field + " in " + reply);
        } else if (field != null) {
            Set<String> fields = reply.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field"))
                    .collect(Collectors.toSet());
            assertTrue(fields.contains(field), field + " in " + reply);
        }
    }
}
