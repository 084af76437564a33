package org.tianshan.grants.integrity.api;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tianshan.grants.st.Api;
import org.tianshan.grants.st.Deployments;
import org.tianshan.grants.st.TestData;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 一票否决: an active serious integrity record on a team member or the host unit refuses the submission. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegrityVetoIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static String record(String token, String type, String id, String severity, LocalDate from, LocalDate until) {
        var body = Json.createObjectBuilder().add("subjectType", type).add("subjectId", id).add("severity", severity)
                .add("reason", "科研不端行为：数据造假").add("from", from.toString());
        if (until != null) {
            body.add("until", until.toString());
        }
        return Api.post("integrity-records", token, body.build().toString()).toString();
    }

    @Test
    void aSeriousRecordOnATeamMemberVetoesAndAGeneralOrExpiredOneDoesNot() {
        String admin = TestData.adminToken();
        String org = TestData.organization(admin);
        String officer = Api.token(TestData.user(admin, org, "PROGRAM_OFFICER"), TestData.PASSWORD);
        String call = TestData.openCall(officer, TestData.callBody("KEY_RD_LIVELIHOOD",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(30).truncatedTo(ChronoUnit.SECONDS)).build());
        String pi = Api.token(TestData.user(admin, org, "APPLICANT"), TestData.PASSWORD);
        String memberToken = Api.token(TestData.user(admin, org, "APPLICANT"), TestData.PASSWORD);
        String member = Api.get("me", memberToken).json().getString("id");
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));

        assertTrue(record(officer, "PERSON", member, "GENERAL", today.minusDays(10), null).startsWith("201"));
        assertTrue(record(officer, "PERSON", member, "SERIOUS", today.minusYears(3), today.minusDays(1)).startsWith("201"));
        String body = Json.createObjectBuilder().add("callId", call).add("title", "题目").add("abstract", "摘要")
                .add("keywords", Json.createArrayBuilder().add("棉花")).add("discipline", "21020").add("hostOrganizationId", org)
                .add("team", Json.createArrayBuilder().add(Json.createObjectBuilder().add("userId", member).add("role", "MEMBER")))
                .add("budget", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "BUSINESS").add("amount", "100000.00")))
                .build().toString();
        String first = Api.post("applications", pi, body).json().getString("id");
        assertEquals(200, Api.post("applications/" + first + "/submit", pi, null).status(),
                "a GENERAL record and an expired SERIOUS one do not veto");

        assertTrue(record(officer, "PERSON", member, "SERIOUS", today.minusDays(1), null).startsWith("201"));
        String pi2 = Api.token(TestData.user(admin, org, "APPLICANT"), TestData.PASSWORD);
        String second = Api.post("applications", pi2, body).json().getString("id");
        Api.Reply vetoed = Api.post("applications/" + second + "/submit", pi2, null);
        assertEquals(422, vetoed.status(), vetoed.toString());
        assertTrue(vetoed.body().contains("INTEGRITY_VETO") && vetoed.body().contains("team member " + member), vetoed.toString());

        // the first application was submitted before the record: its unit cannot endorse it now
        String unitAdmin = Api.token(TestData.user(admin, org, "UNIT_ADMIN"), TestData.PASSWORD);
        Api.Reply endorsement = Api.post("applications/" + first + "/endorsement", unitAdmin, "{\"decision\":\"ENDORSE\"}");
        assertEquals(422, endorsement.status(), endorsement.toString());
        assertTrue(endorsement.body().contains("INTEGRITY_VETO"));
        assertEquals("SUBMITTED", Api.get("applications/" + first, pi).json().getString("status"));
    }

    @Test
    void badRecordsAreRefused() {
        String admin = TestData.adminToken();
        assertTrue(record(admin, "PERSON", "999999999", "SERIOUS", LocalDate.now(), null).startsWith("400"));
        assertTrue(record(admin, "ORGANIZATION", TestData.organization(admin), "SERIOUS", LocalDate.now(), LocalDate.now().minusDays(1)).startsWith("400"));
        assertTrue(record(admin, "PLANET", "1", "SERIOUS", LocalDate.now(), null).startsWith("400"));
        String applicant = Api.token(TestData.user(admin, TestData.organization(admin), "APPLICANT"), TestData.PASSWORD);
        assertTrue(record(applicant, "PERSON", "1", "SERIOUS", LocalDate.now(), null).startsWith("403"));
    }
}
