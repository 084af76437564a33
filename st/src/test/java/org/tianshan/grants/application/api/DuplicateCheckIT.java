package org.tianshan.grants.application.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tianshan.grants.application.api.ApplicationsApiIT.SOUND_BUDGET;
import static org.tianshan.grants.application.api.ApplicationsApiIT.completeFor;
import static org.tianshan.grants.application.api.ApplicationsApiIT.draft;
import static org.tianshan.grants.application.api.ApplicationsApiIT.inDays;

/** 查重: near-identical title and abstract in another call are shown to the officer, never to applicants. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuplicateCheckIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aNearCopyInAnotherCallIsFlaggedForTheOfficerOnly() {
        String admin = TestData.adminToken();
        String org = TestData.organization(admin);
        String officer = Api.token(TestData.user(admin, org, "PROGRAM_OFFICER"), TestData.PASSWORD);
        String callA = TestData.openCall(officer, TestData.callBody("NSF_GENERAL", inDays(30)).build());
        String callB = TestData.openCall(officer, TestData.callBody("KEY_RD_LIVELIHOOD", inDays(30)).build());
        String marker = TestData.unique("");   // keeps this text apart from every other test's
        String title = "塔里木河下游胡杨林生态输水效果评估与调控" + marker;
        String text = "以塔里木河下游生态输水工程为对象，综合遥感监测、地下水位观测和样地调查，评估二十余年生态输水对胡杨林恢复的效果，"
                + "揭示地下水埋深与胡杨长势的阈值关系，提出面向生态保护的输水时机与水量优化方案。编号" + marker;

        String first = Api.token(TestData.user(admin, org, "APPLICANT"), TestData.PASSWORD);
        String a = draft(first, completeFor(callA, org, SOUND_BUDGET).add("title", title).add("abstract", text).build());
        assertEquals(200, Api.post("applications/" + a + "/submit", first, null).status());

        String second = Api.token(TestData.user(admin, org, "APPLICANT"), TestData.PASSWORD);
        String copied = text.replace("，", "、").replace("优化方案", "优化对策");
        String b = draft(second, completeFor(callB, org, SOUND_BUDGET).add("title", title).add("abstract", copied).build());
        assertEquals(200, Api.post("applications/" + b + "/submit", second, null).status());

        String unrelated = Api.token(TestData.user(admin, org, "APPLICANT"), TestData.PASSWORD);
        String c = draft(unrelated, completeFor(callB, org, SOUND_BUDGET).add("title", "天山北坡冰川变化监测" + marker)
                .add("abstract", "利用多源遥感数据研究天山北坡冰川面积和物质平衡变化，预估其对乌鲁木齐河径流的影响。" + marker).build());
        assertEquals(200, Api.post("applications/" + c + "/submit", unrelated, null).status());

        JsonArray matches = Api.get("applications/" + b, officer).json().getJsonArray("duplicates");
        assertEquals(1, matches.size(), matches.toString());
        JsonObject match = matches.getJsonObject(0);
        assertEquals(a, match.getString("applicationId"));
        assertEquals(callA, match.getString("callId"));
        assertTrue(match.getJsonNumber("similarity").doubleValue() >= 0.8, match.toString());
        assertEquals(b, Api.get("applications/" + a, officer).json().getJsonArray("duplicates").getJsonObject(0).getString("applicationId"),
                "found from either side");
        assertEquals(0, Api.get("applications/" + c, officer).json().getJsonArray("duplicates").size());

        assertFalse(Api.get("applications/" + b, second).json().containsKey("duplicates"),
                "an applicant never learns of another's application");
    }
}
