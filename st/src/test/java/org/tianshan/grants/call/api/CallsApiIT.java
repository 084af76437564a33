package org.tianshan.grants.call.api;

import jakarta.json.Json;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls for proposals over REST: draft, publish (with a director's approval where required), close by hand and by timer. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallsApiIT {

    static String officer;
    static String officerAndDirector;
    static String director;
    static String applicant;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void people() {
        String admin = TestData.adminToken();
        String org = TestData.organization(admin);
        officer = Api.token(TestData.user(admin, org, "PROGRAM_OFFICER"), TestData.PASSWORD);
        officerAndDirector = Api.token(TestData.user(admin, org, "PROGRAM_OFFICER", "DIRECTOR"), TestData.PASSWORD);
        director = Api.token(TestData.user(admin, org, "DIRECTOR"), TestData.PASSWORD);
        applicant = Api.token(TestData.user(admin, org, "APPLICANT"), TestData.PASSWORD);
    }

    static JsonObjectBuilder call(String programme, OffsetDateTime closesAt) {
        return TestData.callBody(programme, closesAt);
    }

    static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).truncatedTo(ChronoUnit.SECONDS);
    }

    static String create(String token, JsonObject body) {
        Api.Reply created = Api.post("calls", token, body.toString());
        assertEquals(201, created.status(), created.toString());
        assertEquals("DRAFT", created.json().getString("status"));
        return created.json().getString("id");
    }

    @Test
    void anOfficerDraftsPublishesAndClosesACallThatApplicantsSeeWhileOpen() {
        String id = create(officer, call("KEY_RD_GENERAL", inDays(30)).build());
        assertEquals(404, Api.get("calls/" + id, applicant).status(), "a draft is not public");

        Api.Reply published = Api.post("calls/" + id + "/publish", officer, null);
        assertEquals(200, published.status(), published.toString());
        assertEquals("OPEN", published.json().getString("status"));
        JsonObject read = Api.get("calls/" + id, applicant).json();
        assertEquals("COMPETITIVE", read.getString("fundingMode"));
        assertEquals("500000.00", read.getString("ceiling"));
        assertEquals(3, read.getJsonArray("rubric").size());
        assertTrue(Api.get("calls?status=OPEN&size=200", applicant).body().contains("\"id\":\"" + id + "\""));

        assertEquals("CLOSED", Api.post("calls/" + id + "/close", officer, null).json().getString("status"));
        Api.Reply again = Api.post("calls/" + id + "/close", officer, null);
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.body().contains("CLOSED"), "the conflict names the current state");
    }

    @Test
    void aProgrammeThatWantsApprovalWaitsForADirectorWhoIsNotTheDrafter() {
        String id = create(officerAndDirector, call("MAJOR_CHAIN", inDays(30)).build());
        assertEquals("PENDING_APPROVAL", Api.post("calls/" + id + "/publish", officerAndDirector, null).json().getString("status"));
        Api.Reply self = Api.post("calls/" + id + "/approve", officerAndDirector, null);
        assertEquals(403, self.status(), self.toString());
        assertEquals("OPEN", Api.post("calls/" + id + "/approve", director, null).json().getString("status"));
    }

    @Test
    void theTimerClosesTheCallAtItsDeadline() throws InterruptedException {
        String id = create(officer, call("KEY_RD_SCO", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusSeconds(4)).build());
        assertEquals("OPEN", Api.post("calls/" + id + "/publish", officer, null).json().getString("status"));
        String status = "OPEN";
        for (int i = 0; i < 60 && status.equals("OPEN"); i++) {
            Thread.sleep(500);
            status = Api.get("calls/" + id, officer).json().getString("status");
        }
        assertEquals("CLOSED", status);
    }

    @Test
    void aCallPastItsDeadlineCannotOpen() throws InterruptedException {
        String id = create(officer, call("KEY_RD_GENERAL", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusSeconds(2)).build());
        Thread.sleep(3000);
        Api.Reply late = Api.post("calls/" + id + "/publish", officer, null);
        assertEquals(422, late.status(), late.toString());
        assertTrue(late.body().contains("DEADLINE_PASSED"));
        assertEquals("DRAFT", Api.get("calls/" + id, officer).json().getString("status"), "nothing changed");
    }

    @Test
    void badTermsAreRefusedWithEachReason() {
        JsonObject badRubric = call("KEY_RD_GENERAL", inDays(30)).add("rubric", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", "A").add("name", "a").add("weight", 60).add("maxScore", 10))).build();
        Api.Reply refused = Api.post("calls", officer, badRubric.toString());
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("not 100"));

        JsonObject window = call("KEY_RD_GENERAL", inDays(-2)).add("ceiling", "9000000.00").add("reviewersPerApplication", 2).build();
        Api.Reply several = Api.post("calls", officer, window.toString());
        assertEquals(400, several.status());
        assertTrue(several.body().contains("closesAt") && several.body().contains("ceiling") && several.body().contains("reviewersPerApplication"),
                several.toString());

        assertEquals(400, Api.post("calls", officer, call("KEY_RD_GENERAL", inDays(30)).add("ceiling", "1.005").build().toString()).status());
        assertEquals(400, Api.post("calls", officer, call("MAJOR_CHALLENGE", inDays(30)).build().toString()).status(),
                "a CHALLENGE call without its problem and bounty");
        Api.Reply fund = Api.post("calls", officer, call("FUND_EQUITY", inDays(30)).build().toString());
        assertEquals(422, fund.status(), fund.toString());
        assertEquals(422, Api.post("calls", officer, call("NO_SUCH_PROGRAMME", inDays(30)).build().toString()).status());
        assertEquals(400, Api.get("calls?status=SOMETIMES", officer).status());
        assertEquals(403, Api.post("calls", applicant, call("KEY_RD_GENERAL", inDays(30)).build().toString()).status());
    }

    @Test
    void aChallengeCallPublishesItsProblemAndBounty() {
        String id = create(officer, call("XJBT03_CHALLENGE", inDays(30)).add("challengeProblem", "盐碱地棉花高产稳产关键技术攻关")
                .add("challengeBounty", "3000000.00").add("ceiling", "3000000.00").build());
        JsonObject read = Api.get("calls/" + id, officer).json();
        assertEquals("CHALLENGE", read.getString("fundingMode"));
        assertEquals("3000000.00", read.getString("challengeBounty"));
    }
}
