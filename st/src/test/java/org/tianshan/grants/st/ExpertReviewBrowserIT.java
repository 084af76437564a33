package org.tianshan.grants.st;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expert review (issue 5) through the expert's screens in headless Chromium. Set up over REST: a call
 * with one application submitted, endorsed and accepted, the call closed, an expert in the pool and
 * one reviewer drawn. The expert finds the task in 评审任务, reads the application as submitted (and not
 * the applicant's exclusion list), is refused a submission with too short a comment, then scores every
 * criterion, saves, submits and sees the review read-only with its weighted score; the stored review is
 * checked over REST. And the expert keeps their own profile and declares a conflict.
 */
class ExpertReviewBrowserIT extends BrowserTest {

    static String admin;
    static String org;
    static String officerToken;

    @BeforeAll
    static void people() {
        admin = TestData.adminToken();
        org = TestData.organization(admin);
        officerToken = Api.token(TestData.user(admin, org, "PROGRAM_OFFICER"), TestData.PASSWORD);
    }

    /** Each test starts as a stranger, whatever the one before left behind. */
    @BeforeEach
    void anonymous() {
        browser.open("login.xhtml");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void anExpertScoresAnApplicationAndSubmitsTheReview() throws Exception {
        // an expert of another unit, in the pool for the application's discipline
        String expert = TestData.user(admin, TestData.organization(admin), "EXPERT");
        String expertToken = Api.token(expert, TestData.PASSWORD);
        String expertId = poolExpert(expertToken, "21020");
        // an expert the applicant excludes: the reviewer must not see that list
        String excluded = TestData.user(admin, TestData.organization(admin), "EXPERT");
        String excludedUserId = Api.get("me", Api.token(excluded, TestData.PASSWORD)).json().getString("id");

        String callId = TestData.openCall(officerToken, TestData.callBody("KEY_RD_GENERAL", inDays(30)).build());
        String callTitle = Api.get("calls/" + callId, officerToken).json().getString("title");
        String title = TestData.unique("南疆棉区机采棉清杂关键技术研究-");
        String applicationId = acceptedApplication(callId, title, excludedUserId);
        assertEquals("CLOSED", Api.post("calls/" + callId + "/close", officerToken, null).json().getString("status"));
        String reviewId = drawn(callId, applicationId, expertId);

        // 评审任务: the task is in the expert's inbox, with its call and deadline
        browser.signIn(expert, TestData.PASSWORD);
        browser.driver.findElement(By.id("navExpertReviews")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("inboxTitle"), "评审任务"));
        WebElement row = rowOf(title);
        assertEquals(1, row.findElements(By.cssSelector("[data-status=ASSIGNED]")).size(), row.getText());
        assertTrue(row.getText().contains("待评审") && row.getText().contains(callTitle), row.getText());
        assertTrue(row.getText().matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"), "the deadline in Beijing time: " + row.getText());
        browser.screenshot("expert-01-inbox-zh");

        // 评审表: the application as submitted, without the applicant's exclusion list
        row.findElement(By.cssSelector("[id$=':open']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reviewForm:rubric")));
        assertEquals(title, browser.text(By.id("reviewForm:applicationTitle")));
        assertEquals(title, browser.text(By.id("reviewForm:appTitle")));
        assertTrue(browser.text(By.id("reviewForm:appAbstract")).startsWith("针对南疆棉区机采棉含杂率高的问题"));
        assertEquals("460,000.00 元", browser.text(By.id("reviewForm:appTotal")));
        assertTrue(browser.text(By.id("reviewForm:appBudget")).contains("设备费"), browser.text(By.id("reviewForm:appBudget")));
        assertFalse(browser.driver.getPageSource().contains(excluded), "the exclusion list names experts: never shown to a reviewer");
        String rubric = browser.text(By.id("reviewForm:rubric"));
        assertTrue(rubric.contains("创新性") && rubric.contains("40%") && rubric.contains("/ 10"), rubric);
        browser.screenshot("expert-02-form-zh");

        // a comment too short and nothing else: the server refuses the submission, the screen says what is missing
        browser.fill(By.id("reviewForm:comment"), "创新性较好。");
        browser.wait.until(ExpectedConditions.textToBe(By.id("reviewForm:commentCounter"), "已输入 6 字，至少 30 字"));
        submitAndConfirm();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"), "评审意见不少于 30 字，目前为 6 字"));
        String refusal = browser.text(By.cssSelector(".ui-messages-error"));
        assertTrue(refusal.contains("尚未评分的指标：创新性、可行性、团队基础") && refusal.contains("尚未选择资助建议"), refusal);
        JsonObject refused = Api.get("reviews/" + reviewId, expertToken).json();
        assertEquals("ASSIGNED", refused.getString("status"), "refused: still open");
        assertEquals("创新性较好。", refused.getString("comment"), "the draft was saved before the refused submission");
        browser.screenshot("expert-03-comment-too-short-zh");

        // every score and a recommendation
        String[] scores = {"8", "7", "9"};   // INNOVATION 40%, FEASIBILITY 35%, TEAM 25%, each out of 10
        for (int i = 0; i < scores.length; i++) {
            browser.fill(By.id("reviewForm:rubric:" + i + ":score_input"), scores[i]);
        }
        browser.driver.findElement(By.cssSelector("label[for='reviewForm:recommendation:1']")).click();   // B 可资助

        // a comment long enough: save the draft, then submit
        String comment = "项目针对南疆机采棉含杂率高的实际问题，技术路线清楚，清杂与残膜分离的思路有新意；"
                + "建议补充示范规模与成本测算，并说明团队在装备研制方面的已有基础。";
        browser.fill(By.id("reviewForm:comment"), comment);
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.attributeContains(By.id("reviewForm:commentCounter"), "class", "ts-review-short")));
        scrollTo(By.id("reviewForm:saveDraft"));
        browser.screenshot("expert-03b-form-filled-zh");
        browser.driver.findElement(By.id("reviewForm:saveDraft")).click();
        waitForInfo("评审草稿已保存");
        assertEquals(comment, Api.get("reviews/" + reviewId, expertToken).json().getString("comment"));
        submitAndConfirm();
        waitForInfo("评审意见已提交");

        // read-only from now on, with the weighted score: 8/10×40 + 7/10×35 + 9/10×25 = 79.00
        assertEquals("79.00", browser.text(By.id("reviewForm:weightedScore")));
        assertTrue(browser.driver.findElements(By.id("reviewForm:rubric:0:score_input")).isEmpty(), "no score field after submission");
        assertTrue(browser.driver.findElements(By.id("reviewForm:submit")).isEmpty(), "no submit button after submission");
        assertEquals("8", browser.text(By.id("reviewForm:rubric:0:scoreShown")));
        assertEquals("B 可资助", browser.text(By.id("reviewForm:recommendationShown")));
        assertTrue(browser.text(By.id("reviewForm:readOnly")).contains("不可再修改"));
        browser.screenshot("expert-04-submitted-zh");

        JsonObject stored = Api.get("reviews/" + reviewId, expertToken).json();
        assertEquals("SUBMITTED", stored.getString("status"));
        assertEquals(8, stored.getJsonObject("scores").getInt("INNOVATION"));
        assertEquals(7, stored.getJsonObject("scores").getInt("FEASIBILITY"));
        assertEquals(9, stored.getJsonObject("scores").getInt("TEAM"));
        assertEquals("B", stored.getString("recommendation"));
        assertEquals(comment, stored.getString("comment"));
        assertEquals(79.00, stored.getJsonNumber("weightedScore").doubleValue(), 0.001);

        // the inbox shows it submitted with the expert's own score; and both screens in English
        browser.driver.findElement(By.id("backToInbox")).click();
        row = rowOf(title);
        assertEquals(1, row.findElements(By.cssSelector("[data-status=SUBMITTED]")).size(), row.getText());
        assertTrue(row.getText().contains("79.00"), row.getText());
        browser.driver.findElement(By.id("headerForm:langEn")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("inboxTitle"), "Review tasks"));
        assertTrue(rowOf(title).getText().contains("Submitted"), rowOf(title).getText());
        browser.screenshot("expert-05-inbox-en");
        rowOf(title).findElement(By.cssSelector("[id$=':open']")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("reviewTitle"), "Review form"));
        assertEquals("B Fundable", browser.text(By.id("reviewForm:recommendationShown")));
        assertTrue(browser.text(By.id("reviewForm:result")).contains("Weighted score"));
        browser.screenshot("expert-06-submitted-en");
        browser.driver.findElement(By.id("headerForm:langZh")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("reviewTitle"), "评审表"));
        browser.signOut();
    }

    @Test
    void anExpertKeepsTheirProfileAndDeclaresAConflict() throws Exception {
        String expert = TestData.user(admin, TestData.organization(admin), "EXPERT");
        String expertToken = Api.token(expert, TestData.PASSWORD);
        String expertId = poolExpert(expertToken, "21020");
        String otherUnit = TestData.organization(admin);

        browser.signIn(expert, TestData.PASSWORD);
        browser.driver.findElement(By.id("navExpertProfile")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profileForm:keywords")));
        assertTrue(browser.text(By.id("profileForm:account")).contains(expert));
        assertTrue(browser.text(By.id("profileForm:disciplines")).contains("21020"), browser.text(By.id("profileForm:disciplines")));
        browser.screenshot("expert-07a-profile-zh");
        browser.fill(By.id("profileForm:keywords"), "棉花；机采；智能装备");
        browser.fill(By.id("profileForm:proTitle"), "研究员");
        browser.driver.findElement(By.id("profileForm:save")).click();
        waitForInfo("专家信息已保存");
        JsonObject profile = Api.get("experts/" + expertId, expertToken).json();
        assertEquals(3, profile.getJsonArray("keywords").size(), profile.toString());
        assertEquals("研究员", profile.getString("title"));
        assertEquals("21020", profile.getJsonArray("disciplines").getString(0), "the disciplines were kept");

        // a conflict with another unit, with its reason; the screen says how many tasks it took off
        browser.select("conflictForm:organization", otherUnit);
        browser.fill(By.id("conflictForm:reason"), "近三年与该单位有合作项目。");
        browser.driver.findElement(By.id("conflictForm:declare")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("conflictForm:confirmYes"))).click();
        waitForInfo("已声明回避；收回评审任务 0 项");
        assertTrue(browser.text(By.id("conflictForm:conflicts")).contains("近三年与该单位有合作项目"));
        assertEquals(otherUnit, conflictOrganization(expertId, expertToken), "the conflict is stored against that unit");
        scrollTo(By.id("conflictForm:conflicts"));
        browser.screenshot("expert-07b-profile-conflict-zh");
        browser.signOut();
    }

    // ---- set-up over REST

    /** Puts the signed-in expert's account into the pool with that discipline; returns the expert id. */
    private static String poolExpert(String expertToken, String discipline) {
        String userId = Api.get("me", expertToken).json().getString("id");
        Api.Reply added = Api.post("experts", officerToken, Json.createObjectBuilder().add("userId", userId)
                .add("disciplines", Json.createArrayBuilder().add(discipline))
                .add("keywords", Json.createArrayBuilder().add("棉花")).build().toString());
        assertEquals(201, added.status(), added.toString());
        return added.json().getString("id");
    }

    /** An application to the call, submitted by a new applicant, endorsed by the host unit and accepted. */
    private static String acceptedApplication(String callId, String title, String excludedUserId) {
        String pi = Api.token(TestData.user(admin, org, "APPLICANT"), TestData.PASSWORD);
        JsonObject body = Json.createObjectBuilder().add("callId", callId).add("title", title)
                .add("abstract", "针对南疆棉区机采棉含杂率高的问题，研究籽棉清理与残膜分离关键技术，形成成套装备并示范应用。")
                .add("keywords", Json.createArrayBuilder().add("棉花").add("机采")).add("discipline", "21020")
                .add("hostOrganizationId", org).add("team", Json.createArrayBuilder())
                .add("budget", Json.createArrayBuilder()
                        .add(line("EQUIPMENT", "100000.00")).add(line("BUSINESS", "250000.00"))
                        .add(line("LABOUR", "50000.00")).add(line("INDIRECT", "60000.00")))
                .add("excludedExperts", Json.createArrayBuilder().add(excludedUserId)).build();
        Api.Reply created = Api.post("applications", pi, body.toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        Api.Reply submitted = Api.post("applications/" + id + "/submit", pi, null);
        assertEquals("SUBMITTED", submitted.json().getString("status"), submitted.toString());
        String unitAdmin = Api.token(TestData.user(admin, org, "UNIT_ADMIN"), TestData.PASSWORD);
        Api.Reply endorsed = Api.post("applications/" + id + "/endorsement", unitAdmin, "{\"decision\":\"ENDORSE\",\"comment\":\"同意推荐\"}");
        assertEquals("ENDORSED", endorsed.json().getString("status"), endorsed.toString());
        Api.Reply accepted = Api.post("applications/" + id + "/formal-check", officerToken, "{\"decision\":\"ACCEPT\"}");
        assertEquals("ACCEPTED", accepted.json().getString("status"), accepted.toString());
        return id;
    }

    private static JsonObject line(String category, String amount) {
        return Json.createObjectBuilder().add("category", category).add("amount", amount).build();
    }

    /**
     * Draws one reviewer per application at random and returns the review of this expert. The pool may hold
     * other experts of the discipline (from earlier runs on the same schema): then the officer swaps the drawn
     * one for this expert by hand, under the same rules.
     */
    private static String drawn(String callId, String applicationId, String expertId) {
        Api.Reply run = Api.post("calls/" + callId + "/assignments", officerToken, "{\"mode\":\"RANDOM\",\"perApplication\":1}");
        assertEquals(200, run.status(), run.toString());
        assertEquals(1, run.json().getInt("assigned"), run.toString());
        JsonObject pair = run.json().getJsonArray("assignments").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("applicationId").equals(applicationId)).findFirst().orElseThrow();
        if (pair.getString("expertId").equals(expertId)) {
            return pair.getString("reviewId");
        }
        Api.Reply swapped = Api.post("reviews/" + pair.getString("reviewId") + "/reassign", officerToken,
                Json.createObjectBuilder().add("expertId", expertId).add("reason", "测试：指定专家").build().toString());
        assertEquals(200, swapped.status(), swapped.toString());
        return swapped.json().getString("reviewId");
    }

    private static String conflictOrganization(String expertId, String expertToken) {
        return Api.get("experts/" + expertId + "/conflicts", expertToken).array().getJsonObject(0).getString("organizationId");
    }

    // ---- browser steps

    private static void submitAndConfirm() {
        browser.driver.findElement(By.id("reviewForm:submit")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("reviewForm:confirmYes"))).click();
    }

    private static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The table row that shows this text. */
    private static WebElement rowOf(String text) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//*[normalize-space(text())='" + text + "']]")));
    }

    private static void scrollTo(By element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.driver.findElement(element));
    }

    private static void waitForInfo(String text) {
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), text));
    }
}
