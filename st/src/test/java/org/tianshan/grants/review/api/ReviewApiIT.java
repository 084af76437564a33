package org.tianshan.grants.review.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import org.tianshan.grants.st.TestData;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expert review through the REST API (issue 5): the pool, computed and declared conflicts, a seeded
 * assignment with every pair checked against every avoidance rule, a decline and a late conflict with
 * their replacements, scoring with each refusal, the trimmed-mean ranking with its dispersion flag, and
 * the panel that adjusts with a reason and freezes the result.
 * <p>
 * Three applications of one host unit H; experts: eH (in H: same organization as every application),
 * e1 (in O1, where app 2's team member works), e2 (declared a conflict with app 1's PI), e3 (on app 3's
 * exclusion list), e4 (an integrity record in force), e7 (another discipline), and four clean experts.
 * So each application has exactly six eligible experts and needs five.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewApiIT {

    static final String[] BUDGET = {"EQUIPMENT", "100000.00", "BUSINESS", "250000.00", "LABOUR", "50000.00", "INDIRECT", "60000.00"};
    static final String COMMENT = "立项依据充分，技术路线清晰可行，团队前期基础扎实，建议按计划推进并加强中试验证环节。";

    record User(String id, String username, String token) {
    }

    static String admin;
    static User officer;
    static String callId;
    static String openCallId;
    static final List<String> apps = new ArrayList<>();
    static final Map<String, User> experts = new LinkedHashMap<>();     // name → user
    static final Map<String, String> expertIds = new HashMap<>();       // name → expert id
    static final Map<String, Set<String>> forbidden = new HashMap<>();  // application → expert names it must never get
    static User pi1;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void aClosedCallWithThreeAcceptedApplicationsAndAPool() {
        admin = TestData.adminToken();
        String h = TestData.organization(admin);
        String o1 = TestData.organization(admin);
        String o2 = TestData.organization(admin);
        String o3 = TestData.organization(admin);
        officer = user(h, "PROGRAM_OFFICER");
        User unit = user(h, "UNIT_ADMIN");
        callId = TestData.openCall(officer.token(), TestData.callBody("KEY_RD_GENERAL", inDays(30))
                .add("reviewersPerApplication", 5).add("maxPerExpert", 5).add("dispersionThreshold", 10).build());
        openCallId = TestData.openCall(officer.token(), TestData.callBody("KEY_RD_GENERAL", inDays(30)).build());

        experts.put("eH", user(h, "EXPERT"));
        experts.put("e1", user(o1, "EXPERT"));
        experts.put("e2", user(o2, "EXPERT"));
        experts.put("e3", user(o2, "EXPERT"));
        experts.put("e4", user(o3, "EXPERT"));
        experts.put("e5", user(o3, "EXPERT"));
        experts.put("e6", user(o3, "EXPERT"));
        experts.put("e8", user(o3, "EXPERT"));
        experts.put("e9", user(o3, "EXPERT"));
        experts.put("e7", user(o3, "EXPERT"));
        for (Map.Entry<String, User> e : experts.entrySet()) {
            // 生物物理学 (18014), which no other test's experts or applications use: the pool is shared by the whole run
            String discipline = e.getKey().equals("e7") ? "520" : e.getKey().equals("e5") ? "180" : "18014";
            Api.Reply added = Api.post("experts", officer.token(), Json.createObjectBuilder().add("userId", e.getValue().id())
                    .add("disciplines", Json.createArrayBuilder().add(discipline)).add("keywords", Json.createArrayBuilder().add("棉花"))
                    .add("title", "研究员").build().toString());
            assertEquals(201, added.status(), added.toString());
            expertIds.put(e.getKey(), added.json().getString("id"));
        }

        pi1 = user(h, "APPLICANT");
        User pi2 = user(h, "APPLICANT");
        User pi3 = user(h, "APPLICANT");
        User member = user(o1, "APPLICANT");
        apps.add(accepted(pi1, body(Json.createArrayBuilder(), Json.createArrayBuilder()), unit));
        apps.add(accepted(pi2, body(Json.createArrayBuilder().add(Json.createObjectBuilder().add("userId", member.id()).add("role", "MEMBER")),
                Json.createArrayBuilder()), unit));
        apps.add(accepted(pi3, body(Json.createArrayBuilder(), Json.createArrayBuilder().add(experts.get("e3").id())), unit));

        Api.Reply declared = Api.post("experts/" + expertIds.get("e2") + "/conflicts", experts.get("e2").token(),
                Json.createObjectBuilder().add("personId", pi1.id()).add("reason", "曾为其博士导师").build().toString());
        assertEquals(201, declared.status(), declared.toString());
        Api.Reply record = Api.post("integrity-records", officer.token(), Json.createObjectBuilder().add("subjectType", "PERSON")
                .add("subjectId", experts.get("e4").id()).add("severity", "GENERAL").add("reason", "评审意见敷衍（通报批评）")
                .add("from", "2026-01-01").build().toString());
        assertEquals(201, record.status(), record.toString());

        for (String app : apps) {
            forbidden.put(app, new HashSet<>(Set.of("eH", "e4", "e7")));
        }
        forbidden.get(apps.get(0)).add("e2");
        forbidden.get(apps.get(1)).add("e1");
        forbidden.get(apps.get(2)).add("e3");
    }

    @Test
    @Order(1)
    @RunAsClient
    void anAssignmentNeedsAClosedCallAKnownModeAndAPositiveK() {
        assertProblem(409, Api.post("calls/" + openCallId + "/assignments", officer.token(), "{\"mode\":\"RANDOM\"}"));
        assertProblem(400, Api.post("calls/" + callId + "/assignments", officer.token(), "{\"mode\":\"BEST\"}"));
        assertProblem(400, Api.post("calls/" + callId + "/assignments", officer.token(), "{\"mode\":\"RANDOM\",\"perApplication\":-1}"));
        assertProblem(403, Api.post("calls/" + callId + "/assignments", experts.get("e5").token(), "{\"mode\":\"RANDOM\"}"));
        Api.Reply closed = Api.post("calls/" + callId + "/close", officer.token(), null);
        assertEquals("CLOSED", closed.json().getString("status"), closed.toString());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theCandidatesOfAnApplicationExplainEachConflict() {
        Api.Reply reply = Api.get("applications/" + apps.get(0) + "/candidates?size=50", officer.token());
        assertEquals(200, reply.status(), reply.toString());
        Map<String, JsonObject> byExpert = reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("expertId"), c -> c));
        assertFalse(byExpert.containsKey(expertIds.get("e7")), "another discipline is no candidate");
        assertEquals("SAME_ORGANIZATION", firstConflict(byExpert.get(expertIds.get("eH"))).getString("code"));
        assertTrue(firstConflict(byExpert.get(expertIds.get("eH"))).getString("explanation").startsWith("same organization: 测试单位-"));
        assertEquals("DECLARED_PERSON", firstConflict(byExpert.get(expertIds.get("e2"))).getString("code"));
        assertEquals("INTEGRITY_RECORD", firstConflict(byExpert.get(expertIds.get("e4"))).getString("code"));
        assertTrue(byExpert.get(expertIds.get("e5")).getBoolean("eligible"), "a first-level discipline match is a candidate");
        assertEquals(6, byExpert.values().stream().filter(c -> c.getBoolean("eligible")).count());
    }

    @Test
    @Order(3)
    @RunAsClient
    void aSeededDrawStaffsEveryApplicationWithoutASingleConflictAndTellsTheSeed() {
        Api.Reply run = Api.post("calls/" + callId + "/assignments", officer.token(), "{\"mode\":\"RANDOM\",\"seed\":20261203}");
        assertEquals(200, run.status(), run.toString());
        assertEquals(20261203L, run.json().getJsonNumber("seed").longValue());
        assertEquals(15, run.json().getInt("assigned"));
        assertTrue(run.json().getJsonArray("unfilled").isEmpty(), run.toString());
        assertEveryPairIsClean();
        for (String app : apps) {
            assertEquals("UNDER_REVIEW", Api.get("applications/" + app, officer.token()).json().getString("status"));
        }
        Api.Reply again = Api.post("calls/" + callId + "/assignments", officer.token(), "{\"mode\":\"OPTIMAL\"}");
        assertEquals(0, again.json().getInt("assigned"), "a second run only tops up what is missing");
    }

    @Test
    @Order(4)
    @RunAsClient
    void aDeclineAndALateConflictDrawReplacementsUnderTheSameRules() {
        JsonObject first = liveOf(apps.get(0)).get(0);
        User declining = byUserId(first.getString("userId"));
        Api.Reply stranger = Api.post("reviews/" + first.getString("reviewId") + "/decline", otherExpertThan(first).token(), "{\"reason\":\"不是我的\"}");
        assertProblem(404, stranger);
        Api.Reply declined = Api.post("reviews/" + first.getString("reviewId") + "/decline", declining.token(), "{\"reason\":\"时间冲突\"}");
        assertEquals("DECLINED", declined.json().getString("status"), declined.toString());
        assertEquals(5, liveOf(apps.get(0)).size(), "the decline was replaced");
        assertTrue(liveOf(apps.get(0)).stream().noneMatch(a -> a.getString("userId").equals(declining.id())));

        JsonObject second = liveOf(apps.get(1)).get(0);
        String expertName = nameOf(second.getString("userId"));
        Api.Reply late = Api.post("experts/" + expertIds.get(expertName) + "/conflicts", experts.get(expertName).token(),
                Json.createObjectBuilder().add("applicationId", apps.get(1)).add("reason", "与申请人有合作课题").build().toString());
        assertEquals(201, late.status(), late.toString());
        assertEquals(List.of(second.getString("reviewId")), late.json().getJsonArray("replacedReviews").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(5, liveOf(apps.get(1)).size(), "the withdrawn review was replaced");
        forbidden.get(apps.get(1)).add(expertName);
        assertEveryPairIsClean();
    }

    @Test
    @Order(5)
    @RunAsClient
    void anExpertSeesTheFrozenApplicationAndScoresWithinTheRubric() {
        JsonObject task = liveOf(apps.get(0)).get(0);
        User expert = byUserId(task.getString("userId"));
        String review = "reviews/" + task.getString("reviewId");
        JsonObject read = Api.get(review, expert.token()).json();
        assertEquals("高寒地区棉花机采关键技术研究", read.getJsonObject("application").getString("title"));
        assertFalse(read.getJsonObject("application").containsKey("excludedExperts"), "an expert never sees the exclusion list");
        assertProblem(404, Api.get(review, otherExpertThan(task).token()));
        assertProblem(400, Api.put(review, expert.token(), scores(11, COMMENT, "A")));
        assertProblem(400, Api.put(review, expert.token(), "{\"scores\":{\"NOVELTY\":5}}"));
        assertEquals(200, Api.put(review, expert.token(), "{\"scores\":{\"INNOVATION\":8},\"comment\":\"太短\"}").status());
        Api.Reply incomplete = Api.post(review + "/submit", expert.token(), null);
        assertProblem(422, incomplete);
        Set<String> rules = incomplete.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("REVIEW_INCOMPLETE", "COMMENT_TOO_SHORT"), rules, incomplete.toString());
        assertProblem(404, Api.post(review + "/submit", otherExpertThan(task).token(), null));
    }

    @Test
    @Order(6)
    @RunAsClient
    void theRankingIsTheTrimmedMeanWithItsDispersionFlagAndThePanelFreezesIt() {
        // weighted score = value × 10 when every criterion gets the same value (max 10, weights sum to 100)
        Map<String, int[]> values = Map.of(apps.get(0), new int[]{9, 8, 8, 7, 2}, apps.get(1), new int[]{6, 6, 6, 6, 6},
                apps.get(2), new int[]{7, 7, 8, 8, 7});
        boolean first = true;
        for (String app : apps) {
            List<JsonObject> live = liveOf(app);
            assertEquals(5, live.size());
            for (int i = 0; i < live.size(); i++) {
                User expert = byUserId(live.get(i).getString("userId"));
                String review = "reviews/" + live.get(i).getString("reviewId");
                assertEquals(200, Api.put(review, expert.token(), scores(values.get(app)[i], COMMENT, "B")).status());
                if (first) {
                    first = false;
                    assertProblem(422, Api.post("calls/" + callId + "/panel", officer.token(), null));   // reviews outstanding
                }
                Api.Reply submitted = Api.post(review + "/submit", expert.token(), null);
                assertEquals("SUBMITTED", submitted.json().getString("status"), submitted.toString());
                assertProblem(409, Api.post(review + "/submit", expert.token(), null));
                assertProblem(409, Api.put(review, expert.token(), scores(1, COMMENT, "D")));
            }
        }
        JsonArray ranking = ranking(officer.token());
        assertEquals(List.of(apps.get(0), apps.get(2), apps.get(1)), ranking.stream().map(r -> r.asJsonObject().getString("applicationId")).toList());
        JsonObject top = ranking.getJsonObject(0);
        assertEquals(new BigDecimal("76.67"), top.getJsonNumber("score").bigDecimalValue(), "90 and 20 dropped: (80+80+70)/3");
        assertEquals(stdDev(90, 80, 80, 70, 20), top.getJsonNumber("stdDev").bigDecimalValue());
        assertTrue(top.getBoolean("flagged"), "a deviation of ~27 exceeds the threshold 10");
        assertFalse(ranking.getJsonObject(2).getBoolean("flagged"));
        assertEquals(new BigDecimal("60.00"), ranking.getJsonObject(2).getJsonNumber("score").bigDecimalValue());
        assertEquals(5, top.getInt("reviews"));
        assertEquals(200, Api.get("calls/" + callId + "/ranking", user(TestData.organization(admin), "DIRECTOR").token()).status());
        assertProblem(403, Api.get("calls/" + callId + "/ranking", pi1.token()));

        Api.Reply opened = Api.post("calls/" + callId + "/panel", officer.token(), null);
        assertEquals(201, opened.status(), opened.toString());
        assertProblem(409, Api.post("calls/" + callId + "/panel", officer.token(), null));
        assertProblem(400, Api.post("calls/" + callId + "/panel/adjustments", officer.token(),
                Json.createObjectBuilder().add("applicationId", apps.get(1)).add("rank", 1).build().toString()));
        Api.Reply adjusted = Api.post("calls/" + callId + "/panel/adjustments", officer.token(), Json.createObjectBuilder()
                .add("applicationId", apps.get(1)).add("rank", 1).add("discuss", true).add("reason", "产业急需，会议评审一致同意提前").build().toString());
        assertEquals(200, adjusted.status(), adjusted.toString());
        Api.Reply closed = Api.post("calls/" + callId + "/panel/close", officer.token(), null);
        assertEquals("CLOSED", closed.json().getString("status"), closed.toString());

        JsonArray frozen = ranking(officer.token());
        assertEquals(List.of(apps.get(1), apps.get(0), apps.get(2)), frozen.stream().map(r -> r.asJsonObject().getString("applicationId")).toList());
        assertEquals("产业急需，会议评审一致同意提前", frozen.getJsonObject(0).getString("reason"));
        assertEquals(3, frozen.getJsonObject(0).getInt("computedRank"));
        assertTrue(frozen.getJsonObject(0).getBoolean("discuss"));
        assertProblem(409, Api.post("calls/" + callId + "/panel/adjustments", officer.token(), Json.createObjectBuilder()
                .add("applicationId", apps.get(0)).add("rank", 1).add("reason", "再议").build().toString()));
        for (String app : apps) {
            assertEquals("REVIEWED", Api.get("applications/" + app, officer.token()).json().getString("status"));
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Every live pair of the call: no forbidden expert, five per application, each expert at most once per application. */
    static void assertEveryPairIsClean() {
        Map<String, List<String>> byApplication = new HashMap<>();
        for (JsonObject a : live()) {
            String name = nameOf(a.getString("userId"));
            assertFalse(forbidden.get(a.getString("applicationId")).contains(name),
                    name + " must never review application " + a.getString("applicationId"));
            assertEquals(expertIds.get(name), a.getString("expertId"));
            byApplication.computeIfAbsent(a.getString("applicationId"), k -> new ArrayList<>()).add(name);
        }
        for (String app : apps) {
            List<String> names = byApplication.get(app);
            assertEquals(5, names.size(), app + ": " + names);
            assertEquals(5, new HashSet<>(names).size(), app + ": " + names);
        }
    }

    static List<JsonObject> live() {
        Api.Reply reply = Api.get("calls/" + callId + "/assignments?size=200", officer.token());
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    static List<JsonObject> liveOf(String app) {
        return live().stream().filter(a -> a.getString("applicationId").equals(app)).toList();
    }

    static JsonArray ranking(String token) {
        Api.Reply reply = Api.get("calls/" + callId + "/ranking", token);
        assertEquals(200, reply.status(), reply.toString());
        return Json.createReader(new StringReader(reply.body())).readArray();
    }

    static String nameOf(String userId) {
        return experts.entrySet().stream().filter(e -> e.getValue().id().equals(userId)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("not an expert of this test: " + userId));
    }

    static User byUserId(String userId) {
        return experts.get(nameOf(userId));
    }

    static User otherExpertThan(JsonObject assignment) {
        return experts.values().stream().filter(u -> !u.id().equals(assignment.getString("userId"))).findFirst().orElseThrow();
    }

    static JsonObject firstConflict(JsonObject candidate) {
        assertNotEquals(null, candidate);
        assertFalse(candidate.getBoolean("eligible"));
        return candidate.getJsonArray("conflicts").getJsonObject(0);
    }

    static String scores(int value, String comment, String recommendation) {
        return Json.createObjectBuilder().add("scores", Json.createObjectBuilder().add("INNOVATION", value).add("FEASIBILITY", value)
                .add("TEAM", value)).add("comment", comment).add("recommendation", recommendation).build().toString();
    }

    static BigDecimal stdDev(int... values) {
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double sum = java.util.Arrays.stream(values).mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return new BigDecimal(Math.sqrt(sum / (values.length - 1)), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    static void assertProblem(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
    }

    static User user(String organization, String role) {
        String username = TestData.unique("r");
        Api.Reply reply = Api.post("users", admin, Json.createObjectBuilder().add("username", username).add("password", TestData.PASSWORD)
                .add("displayName", "评审测试" + username).add("roles", Json.createArrayBuilder().add(role))
                .add("organizationId", organization).add("email", username + "@" + TestData.MAIL_DOMAIN).build().toString());
        assertEquals(201, reply.status(), reply.toString());
        return new User(reply.json().getString("id"), username, Api.token(username, TestData.PASSWORD));
    }

    static JsonObjectBuilder body(JsonArrayBuilder team, JsonArrayBuilder excluded) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 0; i < BUDGET.length; i += 2) {
            lines.add(Json.createObjectBuilder().add("category", BUDGET[i]).add("amount", BUDGET[i + 1]));
        }
        return Json.createObjectBuilder().add("callId", callId).add("title", "高寒地区棉花机采关键技术研究")
                .add("abstract", "针对南疆棉区机采棉含杂率高的问题，研究……").add("keywords", Json.createArrayBuilder().add("棉花").add("机采"))
                .add("discipline", "18014").add("team", team).add("budget", lines).add("excludedExperts", excluded);
    }

    static String accepted(User pi, JsonObjectBuilder body, User unit) {
        String host = Api.get("me", pi.token()).json().getString("organizationId");
        Api.Reply created = Api.post("applications", pi.token(), body.add("hostOrganizationId", host).build().toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        assertEquals("SUBMITTED", Api.post("applications/" + id + "/submit", pi.token(), null).json().getString("status"));
        assertEquals("ENDORSED", Api.post("applications/" + id + "/endorsement", unit.token(), "{\"decision\":\"ENDORSE\"}").json().getString("status"));
        Api.Reply accepted = Api.post("applications/" + id + "/formal-check", officer.token(), "{\"decision\":\"ACCEPT\"}");
        assertEquals("ACCEPTED", accepted.json().getString("status"), accepted.toString());
        return id;
    }

    static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).truncatedTo(ChronoUnit.SECONDS);
    }
}
