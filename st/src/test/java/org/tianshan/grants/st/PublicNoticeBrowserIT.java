package org.tianshan.grants.st;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decision stage of issue 6 through the screens in headless Chromium. First the public notice (公示)
 * of an approved plan: a stranger reads it without signing in, an applicant objects to one project with a
 * reason and a PDF, the officer cannot end the notice while the objection is open, upholds it with a reply,
 * the project leaves the notice and the objector reads the reply. The test domain runs a notice for 90 s,
 * so that part must be done well within it. Then the funding-plan editor (budget bar red over budget, the
 * rule named, the default plan, a cut needing its reason) and the director's approval screen, where the
 * proposer — holding both roles — is refused by separation of duties and another director approves.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicNoticeBrowserIT extends BrowserTest {

    /** The notice runs 90 s in the test domain; the browser's part of the objection flow must end well before. */
    static final Duration NOTICE_BUDGET = Duration.ofSeconds(75);

    static String admin;

    @BeforeAll
    static void people() {
        admin = TestData.adminToken();
    }

    /** Each test starts as a stranger, whatever the one before left behind. */
    @BeforeEach
    void anonymous() {
        browser.open("login.xhtml");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    @Order(1)
    void anObjectionIsLodgedOnThePublicNoticeUpheldWithAReplyAndTheProjectLeavesTheNotice() throws Exception {
        Flows.ReviewedCall call = Flows.reviewedCall(admin, "KEY_RD_GENERAL", TestData.callBody("KEY_RD_GENERAL", Flows.inDays(30))
                .add("totalBudget", "1000000.00"), "400000.00", "300000.00", "200000.00");
        List<String> titles = call.applications().stream()
                .map(id -> Api.get("applications/" + id, call.officer().token()).json().getString("title")).toList();
        String objector = TestData.user(admin, TestData.organization(admin), "APPLICANT");
        Path evidence = Files.createTempFile("异议证明材料-", ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(evidence.toFile());
        }
        Api.Reply proposed = Api.post("calls/" + call.callId() + "/funding-plan", call.officer().token(),
                plan(call.applications(), "400000.00", "300000.00", "200000.00"));
        assertEquals(201, proposed.status(), proposed.toString());
        Api.Reply approved = Api.post("funding-plans/" + proposed.json().getString("id") + "/approve", call.director().token(), null);
        assertEquals(200, approved.status(), approved.toString());
        Instant noticeStarted = Instant.now();
        String noticeId = approved.json().getString("noticeId");

        // a stranger reads the notice without signing in: every project, and the way to sign in to object
        browser.open("notices.xhtml");
        WebElement notice = noticeSheet(noticeId);
        for (String title : titles) {
            assertTrue(notice.getText().contains(title), title + " in " + notice.getText());
        }
        assertTrue(notice.getText().contains("900,000.00 元"), "the notice's total: " + notice.getText());
        assertEquals(3, notice.findElements(By.cssSelector("a[id$=':signInToObject']")).size());
        assertTrue(notice.findElements(By.cssSelector("button[id$=':object']")).isEmpty(), "no objection without a sign-in");
        scrollTo(notice);
        browser.screenshot("notice-01-public-zh");

        // an applicant signs in and objects to the second project, with a reason and a PDF of evidence
        browser.signIn(objector, TestData.PASSWORD);
        browser.open("notices.xhtml");
        projectRow(noticeId, titles.get(1)).findElement(By.cssSelector("button[id$=':object']")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("objectionForm:reason")));
        assertEquals(titles.get(1), browser.text(By.id("objectionForm:project")));
        browser.fill(By.id("objectionForm:reason"), "该项目负责人同期主持内容相近的在研项目，存在重复申报。");
        browser.driver.findElement(By.id("objectionForm:evidence_input")).sendKeys(evidence.toAbsolutePath().toString());
        browser.wait.until(ExpectedConditions.textToBe(By.id("objectionForm:evidenceName"), evidence.getFileName().toString()));
        browser.screenshot("notice-02-objection-dialog-zh");
        browser.driver.findElement(By.id("objectionForm:lodge")).click();
        waitForInfo(titles.get(1));
        JsonObject mine = Api.get("objections", Api.token(objector, TestData.PASSWORD)).json();
        assertEquals(1, mine.getInt("total"), mine.toString());
        JsonObject lodged = mine.getJsonArray("items").getJsonObject(0);
        String objectionId = lodged.getString("id");
        assertEquals(call.applications().get(1), lodged.getString("applicationId"));
        assertEquals("OPEN", lodged.getString("status"));
        assertEquals(evidence.getFileName().toString(), lodged.getString("attachmentName"), "the PDF went with the objection");
        browser.signOut();

        // the officer cannot end the notice while the objection is open, and upholds it with a reply
        browser.signIn(call.officer().username(), TestData.PASSWORD);
        browser.open("officer/objections.xhtml?notice=" + noticeId);
        WebElement row = rowOf(titles.get(1));
        assertTrue(row.getText().contains("重复申报") && row.getText().contains("待处理"), row.getText());
        assertEquals(evidence.getFileName().toString(), row.findElement(By.cssSelector("a[id$=':evidence']")).getText());
        browser.driver.findElement(By.id("objectionsForm:closeNotice")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("objectionsForm:confirmYes"))).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"), "尚有未处理的异议"));
        browser.screenshot("notice-03-officer-open-objection-zh");
        assertEquals("OPEN", Api.get("public-notices/" + noticeId, null).json().getString("status"), "refused: the notice still runs");
        rowOf(titles.get(1)).findElement(By.cssSelector("button[id$=':resolve']")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolveForm:reply")));
        browser.driver.findElement(By.cssSelector("label[for='resolveForm:decision:0']")).click();
        String reply = "经核查，异议属实，该项目不予立项。";
        browser.fill(By.id("resolveForm:reply"), reply);
        browser.screenshot("notice-04-officer-resolve-zh");
        browser.driver.findElement(By.id("resolveForm:save")).click();
        waitForInfo("不予立项");
        assertTrue(rowOf(titles.get(1)).getText().contains("异议成立"), rowOf(titles.get(1)).getText());
        browser.screenshot("notice-05-officer-upheld-zh");
        browser.signOut();

        // the upheld project is no longer in the notice; the others are, with the smaller total
        browser.open("notices.xhtml");
        notice = noticeSheet(noticeId);
        assertFalse(notice.getText().contains(titles.get(1)), notice.getText());
        assertTrue(notice.getText().contains(titles.get(0)) && notice.getText().contains(titles.get(2)), notice.getText());
        assertTrue(notice.getText().contains("600,000.00 元"), notice.getText());

        // the objector reads the reply under 我的异议
        browser.signIn(objector, TestData.PASSWORD);
        browser.driver.findElement(By.id("navMyObjections")).click();
        WebElement answered = rowOf(titles.get(1));
        assertTrue(answered.getText().contains(reply) && answered.getText().contains("异议成立"), answered.getText());
        browser.screenshot("notice-06-my-objections-zh");
        Duration browserPart = Duration.between(noticeStarted, Instant.now());
        assertTrue(browserPart.compareTo(NOTICE_BUDGET) < 0, "the browser's part took " + browserPart + " of the 90 s notice");

        assertEquals("UPHELD", Api.get("objections/" + objectionId, Api.token(objector, TestData.PASSWORD)).json().getString("status"));
        assertEquals(reply, Api.get("objections/" + objectionId, call.officer().token()).json().getString("reply"));
        assertEquals("NOT_FUNDED", Api.get("applications/" + call.applications().get(1), call.officer().token()).json().getString("status"));
        Api.Reply closed = Api.post("public-notices/" + noticeId + "/close", call.officer().token(), null);
        assertEquals("CLOSED", closed.json().getString("status"), closed.toString());
        assertEquals("APPROVED", Api.get("applications/" + call.applications().get(0), call.officer().token()).json().getString("status"));
    }

    @Test
    @Order(2)
    void theOfficerProposesThePlanOnTheBudgetBarAndADirectorWhoDidNotProposeItApproves() throws Exception {
        // budget 600,000: the default plan takes ranks 1 and 2 (300,000 + 200,000) and skips rank 3 (250,000 does not fit)
        Flows.ReviewedCall call = Flows.reviewedCall(admin, "KEY_RD_GENERAL", TestData.callBody("KEY_RD_GENERAL", Flows.inDays(30))
                .add("totalBudget", "600000.00"), "300000.00", "200000.00", "250000.00");
        List<String> titles = call.applications().stream()
                .map(id -> Api.get("applications/" + id, call.officer().token()).json().getString("title")).toList();
        String callTitle = Api.get("calls/" + call.callId(), call.officer().token()).json().getString("title");
        Flows.User officerDirector = Flows.user(admin, call.hostOrganizationId(), "PROGRAM_OFFICER", "DIRECTOR");

        // the officer (who is a director too) reaches the editor from the closed call
        browser.signIn(officerDirector.username(), TestData.PASSWORD);
        browser.open("officer/calls.xhtml");
        rowOf(callTitle).findElement(By.cssSelector("[id$=':fundingPlan']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("planForm:rows")));
        assertEquals(callTitle, browser.text(By.id("callTitle")));
        for (int i = 0; i < 3; i++) {
            assertEquals(titles.get(i), browser.text(By.id("planForm:rows:" + i + ":title")), "the rows follow the ranking");
        }

        // every application at its full request: the bar turns red and the server names the rule
        amount(0, "300000.00");
        amount(1, "200000.00");
        amount(2, "250000.00");
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("budgetBar"), "data-over", "true"));
        assertTrue(browser.text(By.id("planForm:over")).contains("150,000.00 元"), browser.text(By.id("planForm:over")));
        browser.screenshot("plan-01-over-budget-zh");
        browser.driver.findElement(By.id("planForm:propose")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"), "立项总额超出指南总预算"));
        browser.screenshot("plan-02-over-budget-refused-zh");
        assertEquals(404, Api.get("calls/" + call.callId() + "/funding-plan", call.officer().token()).status(), "refused: no plan");

        // the default plan fits; a cut on rank 2 asks for its reason
        browser.driver.findElement(By.id("planForm:defaultPlan")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("budgetBar"), "data-over", "false"));
        assertEquals("300000.00", browser.driver.findElement(By.id("planForm:rows:0:amount")).getAttribute("value"));
        assertEquals("200000.00", browser.driver.findElement(By.id("planForm:rows:1:amount")).getAttribute("value"));
        assertEquals("", browser.driver.findElement(By.id("planForm:rows:2:amount")).getAttribute("value"), "rank 3 does not fit");
        amount(1, "150000.00");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:rows:1:reason")));
        assertEquals("450,000.00 元", browser.text(By.id("planForm:planTotal")));
        browser.driver.findElement(By.id("planForm:propose")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"), "须填写核减理由"));
        browser.fill(By.id("planForm:rows:1:reason"), "设备费预算偏高，按评审意见核减");
        browser.screenshot("plan-03-default-with-cut-zh");
        browser.driver.findElement(By.id("headerForm:langEn")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("planTitle"), "Funding plan"));
        browser.screenshot("plan-04-editor-en");
        browser.driver.findElement(By.id("headerForm:langZh")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("planTitle"), "立项建议"));
        browser.fill(By.id("planForm:rows:1:reason"), "设备费预算偏高，按评审意见核减");
        browser.driver.findElement(By.id("planForm:propose")).click();
        waitForInfo("立项建议已提交");
        assertTrue(browser.text(By.id("planForm:planStatus")).contains("待审批"), browser.text(By.id("planForm:planStatus")));
        JsonObject plan = Api.get("calls/" + call.callId() + "/funding-plan", call.officer().token()).json();
        assertEquals("PROPOSED", plan.getString("status"));
        assertEquals("450000.00", plan.getString("total"));
        assertEquals(officerDirector.username(), plan.getString("proposedBy"));
        assertEquals(2, plan.getJsonArray("items").size());
        assertEquals("设备费预算偏高，按评审意见核减", plan.getJsonArray("items").getJsonObject(1).getString("cutReason"));

        // the proposer, a director too, is refused on the approval screen by separation of duties
        browser.open("director/plans.xhtml");
        rowOf(callTitle).findElement(By.cssSelector("button[id$=':open']")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plansForm:ownPlan")));
        browser.driver.findElement(By.id("plansForm:approve")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("plansForm:confirmYes"))).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"), "职责分离"));
        browser.screenshot("plan-05-director-own-plan-zh");
        assertEquals("PROPOSED", Api.get("funding-plans/" + plan.getString("id"), call.director().token()).json().getString("status"));
        browser.signOut();

        // another director reads the plan against the budget and approves it: the public notice starts
        browser.signIn(call.director().username(), TestData.PASSWORD);
        browser.driver.findElement(By.id("navDirectorPlans")).click();
        rowOf(callTitle).findElement(By.cssSelector("button[id$=':open']")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plansForm:approve")));
        assertTrue(browser.driver.findElements(By.id("plansForm:ownPlan")).isEmpty(), "not this director's own plan");
        assertTrue(browser.text(By.id("plansForm:items")).contains("设备费预算偏高"), "the cut and its reason are shown");
        assertEquals("450,000.00 元", browser.text(By.id("plansForm:planTotal")));
        browser.screenshot("plan-06-director-review-zh");
        browser.driver.findElement(By.id("plansForm:approve")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("plansForm:confirmYes"))).click();
        waitForInfo("已批准");
        JsonObject approved = Api.get("funding-plans/" + plan.getString("id"), call.director().token()).json();
        assertEquals("IN_PUBLIC_NOTICE", approved.getString("status"));
        assertEquals(call.director().username(), approved.getString("decidedBy"));
        assertEquals("IN_PUBLIC_NOTICE", Api.get("applications/" + call.applications().get(1), call.officer().token()).json().getString("status"));
        assertEquals("REVIEWED", Api.get("applications/" + call.applications().get(2), call.officer().token()).json().getString("status"));
    }

    private static String plan(List<String> applications, String... amounts) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < amounts.length; i++) {
            items.add(Json.createObjectBuilder().add("applicationId", applications.get(i)).add("amount", amounts[i]));
        }
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    /** Types an amount into a row of the plan editor and leaves the field, as a user would (the bar follows). */
    private static void amount(int row, String value) {
        browser.fill(By.id("planForm:rows:" + row + ":amount"), value);
        browser.driver.findElement(By.id("planTitle")).click();
        browser.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return !PrimeFaces.ajax.Queue.requests.length"));
    }

    /** One notice (公示) on the public page, by its number. */
    private static WebElement noticeSheet(String noticeId) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-notice='" + noticeId + "']")));
    }

    /** A project's row in one notice (the innermost row, not the notice's own). */
    private static WebElement projectRow(String noticeId, String title) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[@data-notice='" + noticeId + "']//tr[./td/*[normalize-space(text())='" + title + "']]")));
    }

    /** The table row that shows this text. */
    private static WebElement rowOf(String text) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//*[normalize-space(text())='" + text + "']]")));
    }

    private static void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    private static void waitForInfo(String text) {
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), text));
    }
}
