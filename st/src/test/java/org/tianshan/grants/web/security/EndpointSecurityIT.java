package org.tianshan.grants.web.security;

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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint refuses a request without a token (401) and, where a role is required, a caller
 * without it (403), with problem+json either way. Add each new endpoint to {@link #ENDPOINTS}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EndpointSecurityIT {

    enum Who { APPLICANT, AUDITOR, ADMIN, PROGRAM_OFFICER, DIRECTOR, EXPERT }

    /** method, path, body, and a role that must be refused (null: every signed-in role may call it). */
    record Endpoint(String method, String path, String body, Who refused) {
    }

    static final String ORG = "{\"name\":\"x\",\"creditCode\":\"91650000228600519M\",\"type\":\"ENTERPRISE\",\"jurisdiction\":\"650000\"}";
    static final String USER = "{\"username\":\"nobody1\",\"password\":\"Nobody@2026\",\"displayName\":\"n\",\"roles\":[\"APPLICANT\"]}";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "me", null, null),
            new Endpoint("POST", "organizations", ORG, Who.APPLICANT),
            new Endpoint("GET", "organizations", null, null),
            new Endpoint("GET", "organizations/1", null, null),
            new Endpoint("PUT", "organizations/1", "{\"name\":\"x\",\"type\":\"OTHER\",\"jurisdiction\":\"650000\",\"active\":true,\"version\":0}", Who.PROGRAM_OFFICER),
            new Endpoint("POST", "users", USER, Who.APPLICANT),
            new Endpoint("GET", "users", null, Who.AUDITOR),
            new Endpoint("GET", "users/1", null, Who.PROGRAM_OFFICER),
            new Endpoint("PUT", "users/1", "{\"displayName\":\"x\",\"roles\":[\"ADMIN\"],\"active\":true,\"version\":0}", Who.APPLICANT),
            new Endpoint("GET", "jurisdictions", null, null),
            new Endpoint("GET", "disciplines", null, null),
            new Endpoint("POST", "disciplines", "{\"code\":\"5209998\",\"name\":\"x\",\"parentCode\":\"52020\"}", Who.AUDITOR),
            new Endpoint("GET", "sections", null, null),
            new Endpoint("GET", "catalogs", null, null),
            new Endpoint("GET", "programmes/KEY_RD_GENERAL", null, null),
            new Endpoint("PUT", "programmes/KEY_RD_GENERAL", "{\"name\":\"x\",\"nameEn\":\"x\",\"evaluationClass\":\"BASIC\",\"maxPiPerCall\":1,\"maxPiPerSection\":2,\"maxAsMember\":3,\"publicNoticeDays\":7,\"indirectCostBrackets\":[],\"tranches\":[{\"no\":1,\"share\":1,\"condition\":\"AT_CONTRACT\"}],\"version\":0}", Who.PROGRAM_OFFICER),
            new Endpoint("POST", "calls", "{\"programmeCode\":\"KEY_RD_GENERAL\",\"title\":\"t\"}", Who.APPLICANT),
            new Endpoint("POST", "calls/1/publish", null, Who.DIRECTOR),
            new Endpoint("POST", "calls/1/approve", null, Who.PROGRAM_OFFICER),
            new Endpoint("POST", "calls/1/close", null, Who.AUDITOR),
            new Endpoint("GET", "calls?status=OPEN", null, null),
            new Endpoint("GET", "calls/1", null, null),
            new Endpoint("POST", "applications", "{\"callId\":\"1\"}", Who.AUDITOR),
            new Endpoint("PUT", "applications/1", "{\"callId\":\"1\"}", Who.PROGRAM_OFFICER),
            new Endpoint("POST", "applications/1/submit", null, Who.AUDITOR),
            new Endpoint("POST", "applications/1/withdraw", null, Who.ADMIN),
            new Endpoint("POST", "applications/1/endorsement", "{\"decision\":\"ENDORSE\"}", Who.APPLICANT),
            new Endpoint("POST", "applications/1/formal-check", "{\"decision\":\"ACCEPT\"}", Who.DIRECTOR),
            new Endpoint("GET", "applications/1", null, Who.ADMIN),
            new Endpoint("GET", "applications/1/history", null, Who.ADMIN),
            new Endpoint("GET", "applications?mine=true", null, Who.AUDITOR),
            new Endpoint("POST", "applications/1/attachments?name=a.pdf", null, Who.AUDITOR),
            new Endpoint("GET", "applications/1/attachments", null, Who.ADMIN),
            new Endpoint("GET", "applications/1/attachments/1", null, Who.ADMIN),
            new Endpoint("DELETE", "applications/1/attachments/1", null, Who.PROGRAM_OFFICER),
            new Endpoint("GET", "pledges/SUBMISSION", null, null),
            new Endpoint("POST", "integrity-records", "{\"subjectType\":\"PERSON\",\"subjectId\":\"1\",\"severity\":\"SERIOUS\",\"reason\":\"r\",\"from\":\"2026-01-01\"}", Who.AUDITOR),
            new Endpoint("GET", "integrity-records", null, Who.APPLICANT),
            new Endpoint("GET", "audit-events", null, Who.ADMIN),
            new Endpoint("GET", "audit-events/verify", null, Who.PROGRAM_OFFICER),
            new Endpoint("POST", "experts", "{\"userId\":\"1\",\"disciplines\":[\"520\"]}", Who.ADMIN),
            new Endpoint("GET", "experts", null, Who.EXPERT),
            new Endpoint("GET", "experts/me", null, Who.PROGRAM_OFFICER),
            new Endpoint("GET", "experts/1", null, Who.APPLICANT),
            new Endpoint("PUT", "experts/1", "{\"disciplines\":[\"520\"]}", Who.DIRECTOR),
            new Endpoint("POST", "experts/1/conflicts", "{\"personId\":\"1\",\"reason\":\"r\"}", Who.PROGRAM_OFFICER),
            new Endpoint("GET", "experts/1/conflicts", null, Who.APPLICANT),
            new Endpoint("POST", "calls/1/assignments", "{\"mode\":\"RANDOM\"}", Who.DIRECTOR),
            new Endpoint("GET", "calls/1/assignments", null, Who.EXPERT),
            new Endpoint("GET", "applications/1/candidates", null, Who.APPLICANT),
            new Endpoint("GET", "reviews", null, Who.PROGRAM_OFFICER),
            new Endpoint("GET", "reviews/1", null, Who.APPLICANT),
            new Endpoint("PUT", "reviews/1", "{\"scores\":{}}", Who.PROGRAM_OFFICER),
            new Endpoint("POST", "reviews/1/submit", null, Who.DIRECTOR),
            new Endpoint("POST", "reviews/1/decline", "{\"reason\":\"r\"}", Who.APPLICANT),
            new Endpoint("POST", "reviews/1/reassign", "{\"expertId\":\"1\",\"reason\":\"r\"}", Who.EXPERT),
            new Endpoint("GET", "calls/1/ranking", null, Who.EXPERT),
            new Endpoint("POST", "calls/1/panel", null, Who.DIRECTOR),
            new Endpoint("GET", "calls/1/panel", null, Who.APPLICANT),
            new Endpoint("POST", "calls/1/panel/adjustments", "{\"applicationId\":\"1\",\"reason\":\"r\"}", Who.DIRECTOR),
            new Endpoint("POST", "calls/1/panel/close", null, Who.AUDITOR),
            new Endpoint("POST", "calls/1/funding-plan", "{\"items\":[{\"applicationId\":\"1\",\"amount\":\"1.00\"}]}", Who.DIRECTOR),
            new Endpoint("GET", "calls/1/funding-plan", null, Who.APPLICANT),
            new Endpoint("GET", "calls/1/funding-plan/proposal", null, Who.DIRECTOR),
            new Endpoint("GET", "funding-plans/1", null, Who.EXPERT),
            new Endpoint("POST", "funding-plans/1/approve", null, Who.PROGRAM_OFFICER),
            new Endpoint("POST", "funding-plans/1/return", "{\"comment\":\"c\"}", Who.PROGRAM_OFFICER),
            new Endpoint("POST", "public-notices/1/objections", "{\"applicationId\":\"1\",\"reason\":\"reason\"}", Who.AUDITOR),
            new Endpoint("POST", "public-notices/1/close", null, Who.DIRECTOR),
            new Endpoint("GET", "objections", null, null),
            new Endpoint("GET", "objections/1", null, null),
            new Endpoint("POST", "objections/1/evidence?name=a.pdf", null, Who.AUDITOR),
            new Endpoint("GET", "objections/1/evidence", null, null),
            new Endpoint("POST", "objections/1/resolution", "{\"decision\":\"UPHELD\",\"comment\":\"c\"}", Who.DIRECTOR),
            // project context
            new Endpoint("GET", "projects?mine=true", null, Who.EXPERT),
            new Endpoint("GET", "projects/1", null, Who.ADMIN),
            new Endpoint("PUT", "projects/1/plan", "{\"version\":0}", Who.PROGRAM_OFFICER),
            new Endpoint("POST", "projects/1/plan/confirm", null, Who.APPLICANT),
            new Endpoint("GET", "projects/1/contract", null, Who.EXPERT),
            new Endpoint("POST", "projects/1/contract/sign", null, Who.AUDITOR),
            new Endpoint("GET", "projects/1/contract.pdf", null, Who.ADMIN));

    /** What anyone may read without signing in (API.md "anyone"): never 401, with or without a token. */
    static final List<String> PUBLIC_READS = List.of("public-notices", "public-notices/1");

    static final Map<Who, String> TOKENS = new EnumMap<>(Who.class);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void signInOnePersonPerRole() {
        String admin = TestData.adminToken();
        String org = TestData.organization(admin);
        for (Who who : Who.values()) {
            TOKENS.put(who, Api.token(TestData.user(admin, org, who.name()), TestData.PASSWORD));
        }
    }

    @Test
    void thePublicNoticesAreReadWithoutSigningIn() {
        assertAll(PUBLIC_READS.stream().map(path -> () -> {
            Api.Reply reply = Api.get(path, null);
            assertTrue(reply.status() == 200 || reply.status() == 404, path + " → " + reply);
            assertTrue(reply.status() == 200 || "application/problem+json".equals(reply.contentType()), path + " → " + reply);
        }));
    }

    @Test
    void everyEndpointRefusesARequestWithoutToken() {
        assertAll(ENDPOINTS.stream().map(e -> () -> {
            Api.Reply reply = Api.send(e.method(), e.path(), null, e.body());
            assertEquals(401, reply.status(), e + " → " + reply);
            assertEquals("application/problem+json", reply.contentType(), e.toString());
        }));
    }

    @Test
    void everyEndpointRefusesAnInvalidToken() {
        assertAll(ENDPOINTS.stream().map(e -> () ->
                assertEquals(401, Api.send(e.method(), e.path(), "not-a-token", e.body()).status(), e.toString())));
    }

    @Test
    void everyRoleBoundEndpointRefusesTheWrongRole() {
        assertAll(ENDPOINTS.stream().filter(e -> e.refused() != null).map(e -> () -> {
            Api.Reply reply = Api.send(e.method(), e.path(), TOKENS.get(e.refused()), e.body());
            assertEquals(403, reply.status(), e + " → " + reply);
            assertEquals("application/problem+json", reply.contentType(), e.toString());
        }));
    }

    @Test
    void httpBasicIsAcceptedToo() {
        var client = jakarta.ws.rs.client.ClientBuilder.newClient();
        try (var response = client.target(Api.BASE + "api/v1/me").request()
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("admin:" + TestData.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .get()) {
            assertEquals(200, response.getStatus());
        }
    }
}
