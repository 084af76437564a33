package org.tianshan.grants.st;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whole stretches of the lifecycle through the REST API, for tests that start further down it: a call
 * whose applications went all the way through submission, endorsement, formal check, expert review and
 * the panel, so that they are REVIEWED and ranked in a known order.
 */
public final class Flows {

    public static final String COMMENT = "立项依据充分，技术路线清晰可行，团队前期基础扎实，建议按计划推进并加强中试验证环节。";

    /** A signed-in person of a test: account id, username, bearer token, organization. */
    public record User(String id, String username, String token, String organizationId) {
    }

    /** A call with its people and its REVIEWED applications, best ranked first; {@code pis} in the same order. */
    public record ReviewedCall(String callId, String hostOrganizationId, User officer, User unitAdmin, User director,
                               List<String> applications, List<User> pis, List<String> requested) {
    }

    private Flows() {
    }

    public static User user(String adminToken, String organizationId, String... roles) {
        String username = TestData.unique("f");
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        for (String role : roles) {
            roleArray.add(role);
        }
        Api.Reply reply = Api.post("users", adminToken, Json.createObjectBuilder().add("username", username)
                .add("password", TestData.PASSWORD).add("displayName", "流程测试" + username).add("roles", roleArray)
                .add("organizationId", organizationId).add("email", username + "@" + TestData.MAIL_DOMAIN).build().toString());
        assertEquals(201, reply.status(), reply.toString());
        return new User(reply.json().getString("id"), username, Api.token(username, TestData.PASSWORD), organizationId);
    }

    public static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * A call of {@code programme} with one application per entry of {@code totals} (each application's
     * budget totals that amount; at most the call's ceiling of 500000.00), all REVIEWED by one expert each and
     * ranked in the order given (the first scores highest); {@code callBody} may adjust the call (e.g.
     * "totalBudget"). The panel is closed, so the ranking is frozen.
     */
    public static ReviewedCall reviewedCall(String adminToken, String programme, JsonObjectBuilder callBody, String... totals) {
        String host = TestData.organization(adminToken);
        String other = TestData.organization(adminToken);
        User officer = user(adminToken, host, "PROGRAM_OFFICER");
        User unit = user(adminToken, host, "UNIT_ADMIN");
        User director = user(adminToken, TestData.organization(adminToken), "DIRECTOR");
        JsonObject call = (callBody == null ? TestData.callBody(programme, inDays(30)) : callBody)
                .add("reviewersPerApplication", 3).build();
        String callId = TestData.openCall(officer.token(), call);
        // the pool is shared by every test of the run: a keyword of this flow's own makes its expert the best
        // match (affinity 12 against at most 10 for anyone else), so the OPTIMAL draw picks it for each application
        String keyword = TestData.unique("kw");
        User expert = user(adminToken, other, "EXPERT");
        Api.Reply pooled = Api.post("experts", officer.token(), Json.createObjectBuilder().add("userId", expert.id())
                .add("disciplines", Json.createArrayBuilder().add("21020")).add("keywords", Json.createArrayBuilder().add(keyword))
                .build().toString());
        assertEquals(201, pooled.status(), pooled.toString());
        List<String> applications = new ArrayList<>();
        List<User> pis = new ArrayList<>();
        for (String total : totals) {
            User pi = user(adminToken, host, "APPLICANT");
            pis.add(pi);
            applications.add(accepted(callId, host, pi, unit, officer, total, keyword));
        }
        assertEquals("CLOSED", Api.post("calls/" + callId + "/close", officer.token(), null).json().getString("status"));
        Api.Reply run = Api.post("calls/" + callId + "/assignments", officer.token(), "{\"mode\":\"OPTIMAL\",\"perApplication\":1}");
        assertEquals(totals.length, run.json().getInt("assigned"), run.toString());
        List<JsonObject> assigned = run.json().getJsonArray("assignments").stream().map(JsonValue::asJsonObject).toList();
        for (JsonObject a : assigned) {
            assertEquals(expert.id(), a.getString("userId"), "the flow's own expert is the best match: " + a);
            int value = 10 - applications.indexOf(a.getString("applicationId")) % 10;
            String review = "reviews/" + a.getString("reviewId");
            Api.Reply saved = Api.put(review, expert.token(), Json.createObjectBuilder().add("scores", Json.createObjectBuilder()
                    .add("INNOVATION", value).add("FEASIBILITY", value).add("TEAM", value)).add("comment", COMMENT)
                    .add("recommendation", "A").build().toString());
            assertEquals(200, saved.status(), saved.toString());
            assertEquals("SUBMITTED", Api.post(review + "/submit", expert.token(), null).json().getString("status"));
        }
        assertEquals(201, Api.post("calls/" + callId + "/panel", officer.token(), null).status());
        assertEquals("CLOSED", Api.post("calls/" + callId + "/panel/close", officer.token(), null).json().getString("status"));
        return new ReviewedCall(callId, host, officer, unit, director, applications, pis, List.of(totals));
    }

    /** Drafts, submits, endorses and accepts one application whose budget totals {@code total}, with that keyword; returns its id. */
    public static String accepted(String callId, String host, User pi, User unit, User officer, String total, String keyword) {
        java.math.BigDecimal sum = new java.math.BigDecimal(total);
        java.math.BigDecimal indirect = sum.multiply(new java.math.BigDecimal("0.10")).setScale(2, java.math.RoundingMode.DOWN);
        java.math.BigDecimal equipment = sum.multiply(new java.math.BigDecimal("0.20")).setScale(2, java.math.RoundingMode.DOWN);
        java.math.BigDecimal business = sum.subtract(indirect).subtract(equipment);
        JsonArrayBuilder budget = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("category", "EQUIPMENT").add("amount", equipment.toPlainString()))
                .add(Json.createObjectBuilder().add("category", "BUSINESS").add("amount", business.toPlainString()))
                .add(Json.createObjectBuilder().add("category", "INDIRECT").add("amount", indirect.toPlainString()));
        Api.Reply created = Api.post("applications", pi.token(), Json.createObjectBuilder().add("callId", callId)
                .add("title", TestData.unique("高寒地区棉花机采关键技术研究-")).add("abstract", "针对南疆棉区机采棉含杂率高的问题，研究……")
                .add("keywords", Json.createArrayBuilder().add(keyword)).add("discipline", "21020").add("hostOrganizationId", host)
                .add("team", Json.createArrayBuilder()).add("budget", budget).add("excludedExperts", Json.createArrayBuilder())
                .build().toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        Api.Reply submitted = Api.post("applications/" + id + "/submit", pi.token(), null);
        assertEquals("SUBMITTED", submitted.json().getString("status"), submitted.toString());
        assertEquals("ENDORSED", Api.post("applications/" + id + "/endorsement", unit.token(), "{\"decision\":\"ENDORSE\"}")
                .json().getString("status"));
        Api.Reply accepted = Api.post("applications/" + id + "/formal-check", officer.token(), "{\"decision\":\"ACCEPT\"}");
        assertEquals("ACCEPTED", accepted.json().getString("status"), accepted.toString());
        return id;
    }
}
