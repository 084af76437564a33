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
 * Funded projects made through the real flow, for the tests of what comes after the decision: a call, the
 * applications (submitted, endorsed, accepted), a closed call, an expert draw, the reviews, the panel, then
 * the decision (API.md): {@code POST /calls/{id}/funding-plan} by the officer, {@code POST
 * /funding-plans/{id}/approve} by a director who did not propose it, {@code POST /public-notices/{id}/close},
 * and each PI's {@code GET /projects?mine=true}.
 */
public final class Decisions {

    /** A user of a test: account id, username and a token. */
    public record User(String id, String username, String token) {
    }

    /** What one funded application needs: its team (besides the PI), promised targets, the amount and the reason of a cut. */
    public record Wish(List<User> team, JsonObject targets, String amount, String cutReason) {
    }

    /** A project of the funded call, with the parties around it. */
    public record Funded(String projectId, String applicationId, User pi, List<User> team) {
    }

    /** The parties of a funded call: one host unit with its research office, the officer and the director. */
    public record Call(String callId, String hostId, User officer, User director, User unit, List<Funded> projects) {
    }

    public static final String TITLE = "高寒地区棉花机采关键技术研究";
    /** What each application requests: 460,000.00 yuan in all. */
    public static final String[] BUDGET = {"EQUIPMENT", "100000.00", "BUSINESS", "250000.00", "LABOUR", "50000.00", "INDIRECT", "60000.00"};
    static final String COMMENT = "立项依据充分，技术路线清晰可行，团队前期基础扎实，建议按计划推进并加强中试验证环节。";
    static final int REVIEWERS = 3;

    private Decisions() {
    }

    /**
     * A KEY_RD_GENERAL call whose applications (one per wish, each by its own PI of one host unit) went
     * through review and the whole decision: every one APPROVED at its wished amount, each with its project.
     */
    public static Call fundedCall(String admin, List<Wish> wishes) {
        String host = TestData.organization(admin);
        String elsewhere = TestData.organization(admin);
        User officer = user(admin, host, "PROGRAM_OFFICER");
        User director = user(admin, host, "DIRECTOR");
        User unit = user(admin, host, "UNIT_ADMIN");
        String callId = TestData.openCall(officer.token(), TestData.callBody("KEY_RD_GENERAL", OffsetDateTime.now(ZoneOffset.ofHours(8))
                .plusDays(30).truncatedTo(ChronoUnit.SECONDS)).add("reviewersPerApplication", REVIEWERS).build());

        // the pool is shared by every test of the run: a keyword of this call's own makes its experts the best
        // matches (affinity 12 against at most 10 for anyone else's), so the OPTIMAL draw gives them every review
        String keyword = TestData.unique("kw");
        List<User> experts = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            User expert = user(admin, elsewhere, "EXPERT");
            Api.Reply added = Api.post("experts", officer.token(), Json.createObjectBuilder().add("userId", expert.id())
                    .add("disciplines", Json.createArrayBuilder().add("21020")).add("keywords", Json.createArrayBuilder().add(keyword))
                    .add("title", "研究员").build().toString());
            assertEquals(201, added.status(), added.toString());
            experts.add(expert);
        }

        List<User> pis = new ArrayList<>();
        List<String> applications = new ArrayList<>();
        for (Wish wish : wishes) {
            User pi = user(admin, host, "APPLICANT");
            pis.add(pi);
            applications.add(accepted(callId, host, pi, wish, unit, officer, keyword));
        }
        assertEquals("CLOSED", Api.post("calls/" + callId + "/close", officer.token(), null).json().getString("status"));
        Api.Reply drawn = Api.post("calls/" + callId + "/assignments", officer.token(), "{\"mode\":\"OPTIMAL\"}");
        assertEquals(REVIEWERS * wishes.size(), drawn.json().getInt("assigned"), drawn.toString());
        for (User expert : experts) {
            Api.Reply tasks = Api.get("reviews", expert.token());
            for (JsonValue task : tasks.json().getJsonArray("items")) {
                String review = "reviews/" + task.asJsonObject().getString("id");
                int score = 7 + applications.indexOf(task.asJsonObject().getString("applicationId")) % 3;
                assertEquals(200, Api.put(review, expert.token(), Json.createObjectBuilder().add("scores", Json.createObjectBuilder()
                        .add("INNOVATION", score).add("FEASIBILITY", score).add("TEAM", score)).add("comment", COMMENT)
                        .add("recommendation", "A").build().toString()).status());
                assertEquals("SUBMITTED", Api.post(review + "/submit", expert.token(), null).json().getString("status"));
            }
        }
        assertEquals(201, Api.post("calls/" + callId + "/panel", officer.token(), null).status());
        assertEquals("CLOSED", Api.post("calls/" + callId + "/panel/close", officer.token(), null).json().getString("status"));

        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < wishes.size(); i++) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("applicationId", applications.get(i)).add("amount", wishes.get(i).amount());
            if (wishes.get(i).cutReason() != null) {
                item.add("reason", wishes.get(i).cutReason());
            }
            items.add(item);
        }
        Api.Reply plan = Api.post("calls/" + callId + "/funding-plan", officer.token(),
                Json.createObjectBuilder().add("items", items).build().toString());
        assertEquals(201, plan.status(), plan.toString());
        Api.Reply approved = Api.post("funding-plans/" + plan.json().getString("id") + "/approve", director.token(), null);
        assertEquals("IN_PUBLIC_NOTICE", approved.json().getString("status"), approved.toString());
        Api.Reply closed = Api.post("public-notices/" + approved.json().getString("noticeId") + "/close", officer.token(), null);
        assertEquals(200, closed.status(), closed.toString());

        List<Funded> funded = new ArrayList<>();
        for (int i = 0; i < wishes.size(); i++) {
            assertEquals("APPROVED", Api.get("applications/" + applications.get(i), pis.get(i).token()).json().getString("status"));
            Api.Reply mine = Api.get("projects?mine=true", pis.get(i).token());
            assertEquals(200, mine.status(), mine.toString());
            assertEquals(1, mine.json().getInt("total"), mine.toString());
            JsonObject project = mine.json().getJsonArray("items").getJsonObject(0);
            assertEquals(applications.get(i), project.getString("applicationId"));
            funded.add(new Funded(project.getString("id"), applications.get(i), pis.get(i), wishes.get(i).team()));
        }
        return new Call(callId, host, officer, director, unit, funded);
    }

    /** A user in that organization with that role, signed in. */
    public static User user(String admin, String organization, String role) {
        String username = TestData.unique("p");
        Api.Reply reply = Api.post("users", admin, Json.createObjectBuilder().add("username", username).add("password", TestData.PASSWORD)
                .add("displayName", "项目测试" + username).add("roles", Json.createArrayBuilder().add(role))
                .add("organizationId", organization).add("email", username + "@" + TestData.MAIL_DOMAIN).build().toString());
        assertEquals(201, reply.status(), reply.toString());
        return new User(reply.json().getString("id"), username, Api.token(username, TestData.PASSWORD));
    }

    private static String accepted(String callId, String host, User pi, Wish wish, User unit, User officer, String keyword) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (int i = 0; i < BUDGET.length; i += 2) {
            lines.add(Json.createObjectBuilder().add("category", BUDGET[i]).add("amount", BUDGET[i + 1]));
        }
        JsonArrayBuilder team = Json.createArrayBuilder();
        wish.team().forEach(m -> team.add(Json.createObjectBuilder().add("userId", m.id()).add("role", "MEMBER")));
        JsonObjectBuilder body = Json.createObjectBuilder().add("callId", callId).add("title", TITLE)
                .add("abstract", "针对南疆棉区机采棉含杂率高的问题，研究……").add("keywords", Json.createArrayBuilder().add(keyword))
                .add("discipline", "21020").add("hostOrganizationId", host).add("team", team).add("budget", lines)
                .add("excludedExperts", Json.createArrayBuilder());
        if (wish.targets() != null) {
            body.add("targets", wish.targets());
        }
        Api.Reply created = Api.post("applications", pi.token(), body.build().toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        assertEquals("SUBMITTED", Api.post("applications/" + id + "/submit", pi.token(), null).json().getString("status"));
        assertEquals("ENDORSED", Api.post("applications/" + id + "/endorsement", unit.token(), "{\"decision\":\"ENDORSE\"}")
                .json().getString("status"));
        Api.Reply accepted = Api.post("applications/" + id + "/formal-check", officer.token(), "{\"decision\":\"ACCEPT\"}");
        assertEquals("ACCEPTED", accepted.json().getString("status"), accepted.toString());
        return id;
    }
}
