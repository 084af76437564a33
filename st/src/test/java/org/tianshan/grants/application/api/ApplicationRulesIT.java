package org.tianshan.grants.application.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tianshan.grants.application.api.ApplicationsApiIT.SOUND_BUDGET;
import static org.tianshan.grants.application.api.ApplicationsApiIT.completeFor;
import static org.tianshan.grants.application.api.ApplicationsApiIT.draft;
import static org.tianshan.grants.application.api.ApplicationsApiIT.inDays;
import static org.tianshan.grants.application.api.ApplicationsApiIT.violatedRules;

/** The limits (限项) per section and as team member, the eligible unit types, and the integrity pledge at submission. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationRulesIT {

    static String admin;
    static String officer;
    static String university;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void staff() {
        admin = TestData.adminToken();
        university = TestData.organization(admin);
        officer = Api.token(TestData.user(admin, university, "PROGRAM_OFFICER"), TestData.PASSWORD);
    }

    static String applicantOf(String org) {
        return Api.token(TestData.user(admin, org, "APPLICANT"), TestData.PASSWORD);
    }

    static JsonObject body(String call, String host, String... members) {
        var team = Json.createArrayBuilder();
        for (String member : members) {
            team.add(Json.createObjectBuilder().add("userId", member).add("role", "MEMBER"));
        }
        return completeFor(call, university, SOUND_BUDGET).add("hostOrganizationId", host).add("team", team).build();
    }

    static String userId(String username) {
        String token = Api.token(username, TestData.PASSWORD);
        return Api.get("me", token).json().getString("id");
    }

    @Test
    void aPiHoldsAtMostTwoApplicationsPerSectionAcrossItsCalls() {
        // KEY_RD_GENERAL, KEY_RD_SCO and KEY_RD_LIVELIHOOD are programmes of one section (重点研发): 1 per call, 2 per section
        String general = TestData.openCall(officer, TestData.callBody("KEY_RD_GENERAL", inDays(30)).build());
        String sco = TestData.openCall(officer, TestData.callBody("KEY_RD_SCO", inDays(30)).build());
        String livelihood = TestData.openCall(officer, TestData.callBody("KEY_RD_LIVELIHOOD", inDays(30)).build());
        String pi = applicantOf(university);
        assertEquals(200, Api.post("applications/" + draft(pi, body(general, university)) + "/submit", pi, null).status());
        assertEquals(200, Api.post("applications/" + draft(pi, body(sco, university)) + "/submit", pi, null).status());
        String third = draft(pi, body(livelihood, university));
        Api.Reply refused = Api.post("applications/" + third + "/submit", pi, null);
        assertEquals(List.of("LIMIT_EXCEEDED"), violatedRules(refused));
        assertTrue(refused.body().contains("in this section"), refused.body());
        assertEquals("DRAFT", Api.get("applications/" + third, pi).json().getString("status"));
    }

    @Test
    void aResearcherIsOnAtMostThreeApplicationsOfASectionAsMember() {
        String call = TestData.openCall(officer, TestData.callBody("KEY_RD_GENERAL", inDays(30)).build());
        String memberName = TestData.user(admin, university, "APPLICANT");
        String member = userId(memberName);
        for (int i = 0; i < 3; i++) {
            String pi = applicantOf(university);
            Api.Reply ok = Api.post("applications/" + draft(pi, body(call, university, member)) + "/submit", pi, null);
            assertEquals(200, ok.status(), "membership " + (i + 1) + " of 3: " + ok);
        }
        String pi = applicantOf(university);
        Api.Reply refused = Api.post("applications/" + draft(pi, body(call, university, member)) + "/submit", pi, null);
        assertEquals(List.of("LIMIT_EXCEEDED"), violatedRules(refused));
        assertTrue(refused.body().contains(memberName), "the member at the limit is named: " + refused.body());
    }

    @Test
    void anEnterpriseProgrammeRefusesAUniversityAsHostUnit() {
        String call = TestData.openCall(officer, TestData.callBody("TRANSFORM_DEMO", inDays(30)).build());
        String pi = applicantOf(university);
        String id = draft(pi, Json.createObjectBuilder(body(call, university)).add("selfRaised", "460000.00").build());
        Api.Reply refused = Api.post("applications/" + id + "/submit", pi, null);
        assertEquals(List.of("UNIT_NOT_ELIGIBLE"), violatedRules(refused));
        assertTrue(refused.body().contains("ENTERPRISE"), refused.body());

        String enterprise = TestData.organization(admin, "ENTERPRISE");
        long version = Api.get("applications/" + id, pi).json().getJsonNumber("version").longValue();
        assertEquals(200, Api.put("applications/" + id, pi, Json.createObjectBuilder(body(call, enterprise))
                .add("selfRaised", "460000.00").add("version", version).build().toString()).status());
        assertEquals(200, Api.post("applications/" + id + "/submit", pi, null).status(), "an enterprise may host it");
    }

    @Test
    void aCallClosedEarlyTakesNoSubmissionAndNoNewDraft() {
        String call = TestData.openCall(officer, TestData.callBody("KEY_RD_GENERAL", inDays(30)).build());
        String pi = applicantOf(university);
        String id = draft(pi, body(call, university));
        assertEquals("CLOSED", Api.post("calls/" + call + "/close", officer, null).json().getString("status"));
        assertEquals(List.of("CALL_NOT_OPEN"), violatedRules(Api.post("applications/" + id + "/submit", pi, null)));
        assertEquals("DRAFT", Api.get("applications/" + id, pi).json().getString("status"));
        assertEquals(List.of("CALL_NOT_OPEN"), violatedRules(Api.post("applications", pi, body(call, university).toString())));
    }

    @Test
    void aHostUnitThatDoesNotExistIsBadInput() {
        String call = TestData.openCall(officer, TestData.callBody("KEY_RD_GENERAL", inDays(30)).build());
        Api.Reply reply = Api.post("applications", applicantOf(university), body(call, "987654321").toString());
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.body().contains("hostOrganizationId"), reply.body());
    }

    @Test
    void submissionSignsThePledgeOverTheFrozenContentAndARefusedPledgeSubmitsNothing() {
        String call = TestData.openCall(officer, TestData.callBody("KEY_RD_GENERAL", inDays(30)).build());
        String pi = applicantOf(university);
        String id = draft(pi, body(call, university));
        assertEquals(List.of("PLEDGE_REQUIRED"), violatedRules(Api.post("applications/" + id + "/submit", pi, "{\"pledgeAccepted\":false}")));
        assertEquals("DRAFT", Api.get("applications/" + id, pi).json().getString("status"));
        assertEquals(400, Api.post("applications/" + id + "/submit", pi, "{not json").status());

        JsonObject text = Api.get("pledges/SUBMISSION", pi).json();
        assertTrue(text.getString("text").contains("科研诚信承诺书"), text.toString());
        assertEquals(64, text.getString("hash").length());
        assertEquals(200, Api.post("applications/" + id + "/submit", pi, "{\"pledgeAccepted\":true}").status());

        String auditor = Api.token(TestData.user(admin, university, "AUDITOR"), TestData.PASSWORD);
        List<JsonObject> events = Api.get("audit-events?entityId=" + id + "&size=50", auditor).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(e -> e.getString("entityType").equals("GrantApplication")).toList();
        JsonObject pledge = Json.createReader(new java.io.StringReader(events.stream().filter(e -> e.getString("action").equals("PLEDGE_SIGNED"))
                .findFirst().orElseThrow(() -> new AssertionError("no PLEDGE_SIGNED in " + events)).getString("detail"))).readObject();
        JsonObject submitted = Json.createReader(new java.io.StringReader(events.stream()
                .filter(e -> e.getString("action").equals("APPLICATION_SUBMITTED")).findFirst().orElseThrow().getString("detail"))).readObject();
        assertEquals(text.getString("hash"), pledge.getString("textHash"), "the signed text is the one shown");
        assertEquals(submitted.getString("contentHash"), pledge.getString("contentHash"), "the pledge covers the frozen content");
        assertEquals(404, Api.get("pledges/NOTHING", pi).status());
    }
}
