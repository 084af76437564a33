package org.tianshan.grants.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tianshan.grants.st.Api;
import org.tianshan.grants.st.Deployments;
import org.tianshan.grants.st.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's REST resources on the real server: tokens, /me, organizations, users, code tables. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void tokenSignsInAndMeTellsWhoAndWhichRoles() {
        String admin = TestData.adminToken();
        String org = TestData.organization(admin);
        String username = TestData.user(admin, org, "APPLICANT", "EXPERT");
        Api.Reply token = Api.post("auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"" + TestData.PASSWORD + "\"}");
        assertEquals(200, token.status(), token.toString());
        assertTrue(token.json().getString("expiresAt").matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)"));
        JsonObject me = Api.get("me", token.json().getString("token")).json();
        assertEquals(username, me.getString("username"));
        assertEquals(org, me.getString("organizationId"));
        assertEquals(Json.createArrayBuilder().add("APPLICANT").add("EXPERT").build(), me.getJsonArray("roles"));
    }

    @Test
    void wrongPasswordIs401ProblemJson() {
        Api.Reply reply = Api.post("auth/token", null, "{\"username\":\"admin\",\"password\":\"wrong-Password1\"}");
        assertEquals(401, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(401, reply.json().getInt("status"));
    }

    @Test
    void aTokenRequestWithoutCredentialsIs400() {
        Api.Reply empty = Api.post("auth/token", null, "{\"username\":\" \"}");
        assertEquals(400, empty.status(), empty.toString());
        assertTrue(empty.body().contains("username") && empty.body().contains("password"));
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() {
        String admin = TestData.adminToken();
        String username = TestData.user(admin, TestData.organization(admin), "APPLICANT");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.post("auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"Wrong@12345\"}").status());
        }
        assertEquals(401, Api.post("auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"" + TestData.PASSWORD + "\"}").status());
    }

    @Test
    void anOrganizationIsCreatedOnceWithAValidCreditCode() {
        String admin = TestData.adminToken();
        String code = TestData.creditCode();
        String body = "{\"name\":\"新疆测试研究院\",\"creditCode\":\"" + code + "\",\"type\":\"INSTITUTE\",\"jurisdiction\":\"XJBT-03\"}";
        Api.Reply created = Api.post("organizations", admin, body);
        assertEquals(201, created.status(), created.toString());
        assertEquals("新疆测试研究院", created.json().getString("name"));
        assertEquals(409, Api.post("organizations", admin, body).status());
        String id = created.json().getString("id");
        assertEquals("XJBT-03", Api.get("organizations/" + id, admin).json().getString("jurisdiction"));
    }

    @Test
    void badOrganizationInputIs400WithEachViolation() {
        String admin = TestData.adminToken();
        Api.Reply wrongCheck = Api.post("organizations", admin, "{\"name\":\"x\",\"creditCode\":\"91650000228600519N\",\"type\":\"ENTERPRISE\",\"jurisdiction\":\"650000\"}");
        assertEquals(400, wrongCheck.status(), wrongCheck.toString());
        assertTrue(wrongCheck.body().contains("creditCode"));
        Api.Reply unknownJurisdiction = Api.post("organizations", admin, "{\"name\":\"x\",\"creditCode\":\"" + TestData.creditCode() + "\",\"type\":\"ENTERPRISE\",\"jurisdiction\":\"999999\"}");
        assertEquals(400, unknownJurisdiction.status());
        assertTrue(unknownJurisdiction.body().contains("jurisdiction"));
        Api.Reply missing = Api.post("organizations", admin, "{\"name\":\"" + "长".repeat(201) + "\"}");
        assertEquals(400, missing.status());
        JsonArray violations = missing.json().getJsonArray("violations");
        assertTrue(violations.size() >= 4, missing.toString());   // name too long, creditCode, type, jurisdiction
        assertEquals(400, Api.post("organizations", admin, "{\"name\":\"x\",\"type\":\"NO_SUCH_TYPE\"}").status());
        assertEquals(400, Api.post("organizations", admin, "{\"name\": ").status());
        assertEquals(400, Api.post("organizations", admin, "[1,2]").status());
    }

    @Test
    void usersAreUniqueAndFollowThePasswordPolicy() {
        String admin = TestData.adminToken();
        String org = TestData.organization(admin);
        String username = TestData.user(admin, org, "UNIT_ADMIN");
        Api.Reply duplicate = Api.post("users", admin, "{\"username\":\"" + username + "\",\"password\":\"" + TestData.PASSWORD
                + "\",\"displayName\":\"重复\",\"roles\":[\"APPLICANT\"],\"organizationId\":\"" + org + "\"}");
        assertEquals(409, duplicate.status(), duplicate.toString());
        Api.Reply weak = Api.post("users", admin, "{\"username\":\"" + TestData.unique("w") + "\",\"password\":\"password\",\"displayName\":\"弱\",\"roles\":[\"APPLICANT\"]}");
        assertEquals(400, weak.status());
        assertTrue(weak.body().contains("password"));
        Api.Reply badRole = Api.post("users", admin, "{\"username\":\"" + TestData.unique("r") + "\",\"password\":\"" + TestData.PASSWORD + "\",\"displayName\":\"r\",\"roles\":[\"KING\"]}");
        assertEquals(400, badRole.status());
        Api.Reply nullRole = Api.post("users", admin, "{\"username\":\"" + TestData.unique("n") + "\",\"password\":\"" + TestData.PASSWORD + "\",\"displayName\":\"n\",\"roles\":[\"APPLICANT\",null],\"disciplines\":[null]}");
        assertEquals(400, nullRole.status(), nullRole.toString());
        assertTrue(nullRole.body().contains("roles") && nullRole.body().contains("disciplines"), nullRole.toString());
        Api.Reply unknownOrg = Api.post("users", admin, "{\"username\":\"" + TestData.unique("o") + "\",\"password\":\"" + TestData.PASSWORD
                + "\",\"displayName\":\"o\",\"roles\":[\"APPLICANT\"],\"organizationId\":\"999999999\",\"disciplines\":[\"52020\"]}");
        assertEquals(400, unknownOrg.status());
        assertTrue(unknownOrg.body().contains("organizationId"));
    }

    @Test
    void jurisdictionsAndDisciplinesAreSeededTrees() {
        String token = Api.token("admin", TestData.ADMIN_PASSWORD);
        JsonArray jurisdictions = Api.get("jurisdictions", token).array();
        assertTrue(jurisdictions.stream().map(JsonValue::asJsonObject)
                .anyMatch(j -> j.getString("code").equals("650100") && j.getString("parentCode").equals("650000")));
        assertTrue(jurisdictions.stream().map(JsonValue::asJsonObject)
                .anyMatch(j -> j.getString("code").equals("XJBT-03") && j.getString("parentCode").equals("XJBT")));
        JsonArray disciplines = Api.get("disciplines", token).array();
        assertTrue(disciplines.stream().map(JsonValue::asJsonObject)
                .anyMatch(d -> d.getString("code").equals("52020") && d.getString("parentCode").equals("520")));
        assertTrue(disciplines.size() > 600, "two levels of GB/T 13745");
    }

    @Test
    void anAdminAddsADisciplineUnderItsParentOnly() {
        String admin = TestData.adminToken();
        String code = "5202042";   // each test run has a fresh schema
        Api.Reply added = Api.post("disciplines", admin, "{\"code\":\"" + code + "\",\"name\":\"测试学科\",\"parentCode\":\"52020\"}");
        assertEquals(201, added.status(), added.toString());
        assertEquals(409, Api.post("disciplines", admin, "{\"code\":\"" + code + "\",\"name\":\"again\",\"parentCode\":\"52020\"}").status());
        assertEquals(400, Api.post("disciplines", admin, "{\"code\":\"5209999\",\"name\":\"wrong parent\",\"parentCode\":\"11011\"}").status());
        assertEquals(400, Api.post("disciplines", admin, "{\"code\":\"abc\",\"name\":\"not a code\"}").status());
    }
}
