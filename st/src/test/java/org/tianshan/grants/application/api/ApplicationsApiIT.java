package org.tianshan.grants.application.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tianshan.grants.st.Api;
import org.tianshan.grants.st.Deployments;
import org.tianshan.grants.st.TestData;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Applications over REST: draft, edit, submit against every rule, frozen version, history, withdraw, privacy. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationsApiIT {

    static String admin;
    static String officer;
    static String org;
    static String callId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void anOpenCall() {
        admin = TestData.adminToken();
        org = TestData.organization(admin);
        officer = Api.token(TestData.user(admin, org, "PROGRAM_OFFICER"), TestData.PASSWORD);
        callId = TestData.openCall(officer, TestData.callBody("KEY_RD_GENERAL", inDays(30)).build());
    }

    static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).truncatedTo(ChronoUnit.SECONDS);
    }

    static String applicant() {
        return Api.token(TestData.user(admin, org, "APPLICANT"), TestData.PASSWORD);
    }

    static JsonObjectBuilder complete(String call, String... budget) {
        return completeFor(call, org, budget);
    }

    /** A complete application body for a call, hosted by that organization. */
    static JsonObjectBuilder completeFor(String call, String host, String... budget) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 0; i < budget.length; i += 2) {
            lines.add(Json.createObjectBuilder().add("category", budget[i]).add("amount", budget[i + 1]));
        }
        return Json.createObjectBuilder().add("callId", call).add("title", "高寒地区棉花机采关键技术研究")
                .add("abstract", "针对南疆棉区机采棉含杂率高的问题，研究……").add("keywords", Json.createArrayBuilder().add("棉花").add("机采"))
                .add("discipline", "21020").add("hostOrganizationId", host)
                .add("team", Json.createArrayBuilder()).add("budget", lines).add("excludedExperts", Json.createArrayBuilder());
    }

    static final String[] SOUND_BUDGET = {"EQUIPMENT", "100000.00", "BUSINESS", "250000.00", "LABOUR", "50000.00", "INDIRECT", "60000.00"};

    static String draft(String token, JsonObject body) {
        Api.Reply created = Api.post("applications", token, body.toString());
        assertEquals(201, created.status(), created.toString());
        assertEquals("DRAFT", created.json().getString("status"));
        return created.json().getString("id");
    }

    static List<String> violatedRules(Api.Reply reply) {
        assertEquals(422, reply.status(), reply.toString());
        return reply.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    @Test
    void aCompleteDraftIsEditedThenSubmittedAndFrozen() {
        String pi = applicant();
        String id = draft(pi, complete(callId, SOUND_BUDGET).build());
        JsonObject read = Api.get("applications/" + id, pi).json();
        assertEquals("460000.00", read.getString("total"));
        assertTrue(read.getJsonArray("checks").stream().allMatch(c -> c.asJsonObject().getBoolean("passed")), read.toString());

        long version = read.getJsonNumber("version").longValue();
        Api.Reply edited = Api.put("applications/" + id, pi, complete(callId, SOUND_BUDGET).add("title", "修改后的题目").add("version", version).build().toString());
        assertEquals(200, edited.status(), edited.toString());
        Api.Reply stale = Api.put("applications/" + id, pi, complete(callId, SOUND_BUDGET).add("version", version).build().toString());
        assertEquals(409, stale.status(), "a second edit from the same old version loses: " + stale);

        Api.Reply submitted = Api.post("applications/" + id + "/submit", pi, null);
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        assertEquals(1, submitted.json().getInt("frozenVersion"));
        assertEquals(409, Api.put("applications/" + id, pi, complete(callId, SOUND_BUDGET).build().toString()).status(), "frozen");
        assertEquals(409, Api.post("applications/" + id + "/submit", pi, null).status(), "one submission");

        List<String> transitions = Api.get("applications/" + id + "/history", pi).array().stream()
                .map(h -> h.asJsonObject().getString("to")).toList();
        assertEquals(List.of("DRAFT", "SUBMITTED"), transitions);
        assertTrue(Api.get("applications?mine=true", pi).body().contains("\"id\":\"" + id + "\""));
    }

    @Test
    void submissionListsEveryViolatedRule() {
        String pi = applicant();
        JsonObject body = complete(callId, "EQUIPMENT", "100000.00", "BUSINESS", "300000.00", "INDIRECT", "200000.00")
                .add("abstract", " ").add("keywords", Json.createArrayBuilder()).build();
        String id = draft(pi, body);
        List<String> rules = violatedRules(Api.post("applications/" + id + "/submit", pi, null));
        assertTrue(rules.containsAll(List.of("INCOMPLETE", "BUDGET_OVER_CEILING", "INDIRECT_COST_CAP")), rules.toString());
        assertEquals("DRAFT", Api.get("applications/" + id, pi).json().getString("status"), "nothing changed");
    }

    @Test
    void aPiHoldsOneApplicationPerCall() {
        String pi = applicant();
        String first = draft(pi, complete(callId, SOUND_BUDGET).build());
        assertEquals(200, Api.post("applications/" + first + "/submit", pi, null).status());
        String second = draft(pi, complete(callId, SOUND_BUDGET).build());
        assertEquals(List.of("LIMIT_EXCEEDED"), violatedRules(Api.post("applications/" + second + "/submit", pi, null)));
        assertEquals("WITHDRAWN", Api.post("applications/" + first + "/withdraw", pi, null).json().getString("status"));
        assertEquals(200, Api.post("applications/" + second + "/submit", pi, null).status(), "a withdrawn one no longer counts");
    }

    @Test
    void aSubmissionAfterTheDeadlineIsRefused() throws InterruptedException {
        String call = TestData.openCall(officer, TestData.callBody("KEY_RD_SCO",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).plusSeconds(4)).build());
        String pi = applicant();
        String id = draft(pi, complete(call, SOUND_BUDGET).build());
        Thread.sleep(5000);
        assertEquals(List.of("DEADLINE_PASSED"), violatedRules(Api.post("applications/" + id + "/submit", pi, null)));
    }

    @Test
    void youthAndEnterpriseProgrammesCheckAgeAndCoFunding() {
        String youthCall = TestData.openCall(officer, TestData.callBody("NSF_YOUTH", inDays(30)).build());
        String username = TestData.unique("y");
        assertEquals(201, Api.post("users", admin, "{\"username\":\"" + username + "\",\"password\":\"" + TestData.PASSWORD
                + "\",\"displayName\":\"年长者\",\"roles\":[\"APPLICANT\"],\"organizationId\":\"" + org + "\",\"birthDate\":\"1970-05-01\"}").status());
        String older = Api.token(username, TestData.PASSWORD);
        String youth = draft(older, complete(youthCall, SOUND_BUDGET).build());
        assertEquals(List.of("AGE_LIMIT"), violatedRules(Api.post("applications/" + youth + "/submit", older, null)));

        String demoCall = TestData.openCall(officer, TestData.callBody("TRANSFORM_DEMO", inDays(30)).build());
        String enterprise = TestData.organization(admin, "ENTERPRISE");   // the programme takes enterprises only
        String pi = Api.token(TestData.user(admin, enterprise, "APPLICANT"), TestData.PASSWORD);
        String demo = draft(pi, complete(demoCall, SOUND_BUDGET).add("hostOrganizationId", enterprise).build());
        assertEquals(List.of("CO_FUNDING_REQUIRED"), violatedRules(Api.post("applications/" + demo + "/submit", pi, null)));
        assertEquals(200, Api.put("applications/" + demo, pi, complete(demoCall, SOUND_BUDGET).add("hostOrganizationId", enterprise)
                .add("selfRaised", "460000.00").build().toString()).status());
        assertEquals(200, Api.post("applications/" + demo + "/submit", pi, null).status(), "1:1 self-raised funds satisfy the programme");
    }

    @Test
    void anotherApplicantCannotReadOrTouchIt() {
        String pi = applicant();
        String id = draft(pi, complete(callId, SOUND_BUDGET).build());
        String stranger = applicant();
        assertEquals(404, Api.get("applications/" + id, stranger).status());
        assertEquals(404, Api.post("applications/" + id + "/submit", stranger, null).status());
        assertEquals(404, Api.put("applications/" + id, stranger, complete(callId, SOUND_BUDGET).build().toString()).status());
        assertEquals(200, Api.get("applications/" + id, officer).status(), "staff read every application");
    }

    @Test
    void theHostUnitEndorsesAndTheOfficerAcceptsAfterTheFormalCheck() {
        String pi = applicant();
        String id = draft(pi, complete(callId, SOUND_BUDGET).build());
        assertEquals(200, Api.post("applications/" + id + "/submit", pi, null).status());
        String unitAdmin = Api.token(TestData.user(admin, org, "UNIT_ADMIN"), TestData.PASSWORD);
        String otherUnit = Api.token(TestData.user(admin, TestData.organization(admin), "UNIT_ADMIN"), TestData.PASSWORD);

        assertEquals(404, Api.post("applications/" + id + "/endorsement", otherUnit, "{\"decision\":\"ENDORSE\"}").status(),
                "another unit's office does not see it");
        assertEquals(400, Api.post("applications/" + id + "/endorsement", unitAdmin, "{\"decision\":\"RETURN\"}").status(),
                "a return needs reasons");
        assertEquals(400, Api.post("applications/" + id + "/endorsement", unitAdmin, "{\"decision\":\"MAYBE\"}").status());
        assertEquals(409, Api.post("applications/" + id + "/formal-check", officer, "{\"decision\":\"ACCEPT\"}").status(),
                "not endorsed yet");
        assertEquals("ENDORSED", Api.post("applications/" + id + "/endorsement", unitAdmin, "{\"decision\":\"ENDORSE\",\"comment\":\"同意推荐\"}")
                .json().getString("status"));
        Api.Reply accepted = Api.post("applications/" + id + "/formal-check", officer, "{\"decision\":\"ACCEPT\",\"comment\":\"形式审查通过\"}");
        assertEquals("ACCEPTED", accepted.json().getString("status"), accepted.toString());
        assertEquals(List.of("DRAFT", "SUBMITTED", "ENDORSED", "ACCEPTED"), Api.get("applications/" + id + "/history", pi).array().stream()
                .map(h -> h.asJsonObject().getString("to")).toList());
    }

    @Test
    void aReturnedApplicationIsEditedAndResubmittedAsANewVersion() {
        String pi = applicant();
        String id = draft(pi, complete(callId, SOUND_BUDGET).build());
        Api.post("applications/" + id + "/submit", pi, null);
        String unitAdmin = Api.token(TestData.user(admin, org, "UNIT_ADMIN"), TestData.PASSWORD);
        Api.Reply returned = Api.post("applications/" + id + "/endorsement", unitAdmin, "{\"decision\":\"RETURN\",\"comment\":\"预算说明不充分\"}");
        assertEquals("DRAFT", returned.json().getString("status"), returned.toString());
        assertEquals(200, Api.put("applications/" + id, pi, complete(callId, SOUND_BUDGET).add("title", "补充预算说明后的题目").build().toString()).status());
        Api.Reply again = Api.post("applications/" + id + "/submit", pi, null);
        assertEquals(2, again.json().getInt("frozenVersion"), again.toString());
        JsonObject history = Api.get("applications/" + id + "/history", pi).array().getJsonObject(2);
        assertEquals("预算说明不充分", history.getString("reason"));
    }

    @Test
    void theFormalCheckRefusesAcceptWhileAnAutomaticCheckFails() {
        String youthCall = TestData.openCall(officer, TestData.callBody("NSF_YOUTH", inDays(30)).build());
        String username = TestData.unique("y");
        assertEquals(201, Api.post("users", admin, "{\"username\":\"" + username + "\",\"password\":\"" + TestData.PASSWORD
                + "\",\"displayName\":\"青年\",\"roles\":[\"APPLICANT\"],\"organizationId\":\"" + org + "\",\"birthDate\":\"1995-05-01\"}").status());
        String pi = Api.token(username, TestData.PASSWORD);
        String id = draft(pi, complete(youthCall, SOUND_BUDGET).build());
        assertEquals(200, Api.post("applications/" + id + "/submit", pi, null).status());
        String unitAdmin = Api.token(TestData.user(admin, org, "UNIT_ADMIN"), TestData.PASSWORD);
        assertEquals(200, Api.post("applications/" + id + "/endorsement", unitAdmin, "{\"decision\":\"ENDORSE\"}").status());

        // the recorded birth date turns out to be wrong: the PI is past the programme's age limit
        String userId = Api.get("me", pi).json().getString("id");
        JsonObject user = Api.get("users/" + userId, admin).json();
        Api.Reply corrected = Api.put("users/" + userId, admin, Json.createObjectBuilder().add("displayName", user.getString("displayName"))
                .add("roles", user.getJsonArray("roles")).add("organizationId", org).add("birthDate", "1975-05-01")
                .add("active", true).add("version", user.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, corrected.status(), corrected.toString());

        assertEquals(List.of("AGE_LIMIT"), violatedRules(Api.post("applications/" + id + "/formal-check", officer, "{\"decision\":\"ACCEPT\"}")));
        JsonObject read = Api.get("applications/" + id, officer).json();
        assertTrue(read.getJsonArray("checks").stream().anyMatch(c -> c.asJsonObject().getString("code").equals("AGE_LIMIT")
                && !c.asJsonObject().getBoolean("passed")), read.toString());
        assertEquals("INELIGIBLE", Api.post("applications/" + id + "/formal-check", officer,
                "{\"decision\":\"INELIGIBLE\",\"comment\":\"超过年龄限制\"}").json().getString("status"));
    }

    @Test
    void aDoubleClickedSubmitSubmitsOnce() throws Exception {
        String pi = applicant();
        String id = draft(pi, complete(callId, SOUND_BUDGET).build());
        List<Integer> statuses = concurrently(8, () -> Api.post("applications/" + id + "/submit", pi, null).status());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        assertEquals(1, Api.get("applications/" + id + "/history", pi).array().stream()
                .filter(h -> h.asJsonObject().getString("to").equals("SUBMITTED")).count());
        assertEquals(1, Api.get("applications/" + id, pi).json().getInt("frozenVersion"));
    }

    @Test
    void manyApplicantsSubmittingAtOnceAreAllAccepted() throws Exception {
        // the deadline surge in small: first submissions of different applications, the same text (查重 bands collide)
        int n = 16;
        List<String> tokens = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String pi = applicant();
            tokens.add(pi);
            ids.add(draft(pi, complete(callId, SOUND_BUDGET).build()));
        }
        var next = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> statuses = concurrently(n, () -> {
            int i = next.getAndIncrement();
            return Api.post("applications/" + ids.get(i) + "/submit", tokens.get(i), null).status();
        });
        assertEquals(java.util.Collections.nCopies(n, 200), statuses, "no submission lost to a lock conflict");
    }

    @Test
    void ofTwoConcurrentEditsOfOneDraftTheSecondGets409AndNothingIsLost() throws Exception {
        String pi = applicant();
        String id = draft(pi, complete(callId, SOUND_BUDGET).build());
        long version = Api.get("applications/" + id, pi).json().getJsonNumber("version").longValue();
        List<Integer> statuses = concurrently(2, () -> Api.put("applications/" + id, pi, complete(callId, SOUND_BUDGET)
                .add("title", TestData.unique("并发编辑-")).add("version", version).build().toString()).status());
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        assertTrue(Api.get("applications/" + id, pi).json().getString("title").startsWith("并发编辑-"), "the winner's edit is kept whole");
    }

    /** Runs the same call from n threads released at once; their HTTP statuses. */
    static List<Integer> concurrently(int n, java.util.concurrent.Callable<Integer> call) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var statuses = new java.util.ArrayList<Integer>();
            for (var f : futures) {
                statuses.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theOptionalTargetsAreKeptWithTheDraftAndFrozenWithTheSubmission() {
        String pi = applicant();
        String plain = draft(pi, complete(callId, SOUND_BUDGET).build());
        JsonObject none = Api.get("applications/" + plain, pi).json();
        assertTrue(!none.containsKey("targets") || none.isNull("targets"), "no targets given: none kept");
        JsonObject targets = Json.createObjectBuilder().add("papers", 5).add("patents", 2).add("transferIncome", "500000.00")
                .add("peopleTrained", 4).build();
        String other = applicant();
        String id = draft(other, complete(callId, SOUND_BUDGET).add("targets", targets).build());
        JsonObject read = Api.get("applications/" + id, other).json().getJsonObject("targets");
        assertEquals(5, read.getInt("papers"));
        assertEquals(2, read.getInt("patents"));
        assertEquals("500000.00", read.getString("transferIncome"));
        assertEquals(4, read.getInt("peopleTrained"));
        assertTrue(!read.containsKey("standards") || read.isNull("standards"), read.toString());   // not given: absent
        Api.Reply submitted = Api.post("applications/" + id + "/submit", other, null);
        assertEquals("SUBMITTED", submitted.json().getString("status"), submitted.toString());
        assertEquals(5, submitted.json().getJsonObject("targets").getInt("papers"));

        Api.Reply negative = Api.post("applications", applicant(), complete(callId, SOUND_BUDGET)
                .add("targets", Json.createObjectBuilder().add("papers", -1).add("transferIncome", "1.234")).build().toString());
        assertEquals(400, negative.status(), negative.toString());
        assertEquals(List.of("targets.papers", "targets.transferIncome"), negative.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).sorted().toList(), negative.toString());
    }

    @Test
    void badDraftInputIs400() {
        String pi = applicant();
        Api.Reply badMoney = Api.post("applications", pi, complete(callId, "BUSINESS", "1.005").build().toString());
        assertEquals(400, badMoney.status(), badMoney.toString());
        Api.Reply badCategory = Api.post("applications", pi, complete(callId, "TRAVEL", "100.00").build().toString());
        assertEquals(400, badCategory.status());
        Api.Reply tooMany = Api.post("applications", pi, complete(callId, SOUND_BUDGET).add("excludedExperts",
                Json.createArrayBuilder().add("1").add("2").add("3").add("4")).build().toString());
        assertEquals(400, tooMany.status());
        Api.Reply unknownMember = Api.post("applications", pi, complete(callId, SOUND_BUDGET).add("team", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("userId", "999999999").add("role", "MEMBER"))).build().toString());
        assertEquals(400, unknownMember.status());
        assertTrue(unknownMember.body().contains("team[0].userId"), unknownMember.toString());
        assertEquals(404, Api.post("applications", pi, complete("999999999", SOUND_BUDGET).build().toString()).status());
    }
}
