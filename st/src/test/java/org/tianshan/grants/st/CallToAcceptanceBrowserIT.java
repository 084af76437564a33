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
 * The path of issue 4 through the screens in headless Chromium: the officer publishes a call, the
 * public reads it without signing in, an applicant applies through the four-step form (saving the
 * draft, leaving and coming back), submits with the integrity pledge, the host unit endorses, the
 * officer sees the automatic checks and accepts, and the applicant sees the application accepted.
 * And the refusals on screen: no submission without the pledge, an incomplete application refused
 * with the rule named, a stale draft asked to reload.
 */
class CallToAcceptanceBrowserIT extends BrowserTest {

    static String admin;
    static String org;
    static String officer;
    static String officerToken;

    @BeforeAll
    static void people() {
        admin = TestData.adminToken();
        org = TestData.organization(admin);
        officer = TestData.user(admin, org, "PROGRAM_OFFICER");
        officerToken = Api.token(officer, TestData.PASSWORD);
    }

    /** Each test starts as a stranger, whatever the one before left behind. */
    @BeforeEach
    void anonymous() {
        browser.open("login.xhtml");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void aCallIsPublishedAppliedToEndorsedAndAccepted() throws Exception {
        String applicant = TestData.user(admin, org, "APPLICANT");
        String member = TestData.user(admin, org, "APPLICANT");
        String excludedExpert = TestData.user(admin, TestData.organization(admin), "EXPERT");
        String unitAdmin = TestData.user(admin, org, "UNIT_ADMIN");
        String callTitle = TestData.unique("2027年度重点研发计划（现代农业）指南-");

        // the officer drafts the call on the screen (window, money and rubric prefilled) and publishes it
        browser.signIn(officer, TestData.PASSWORD);
        browser.open("officer/calls.xhtml");
        browser.driver.findElement(By.id("callsForm:newCall")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("createForm:title")));
        browser.select("createForm:programme", "KEY_RD_GENERAL");
        browser.fill(By.id("createForm:title"), callTitle);
        browser.fill(By.id("createForm:guide"), "面向自治区重点产业链关键核心技术需求，支持现代农业领域的重点研发任务。");
        browser.fill(By.id("createForm:topics"), "棉花机采\n新能源储能");
        browser.fill(By.id("createForm:ceiling"), "500000.00");
        browser.fill(By.id("createForm:totalBudget"), "5000000.00");
        browser.screenshot("path-00-officer-new-call-zh");
        browser.driver.findElement(By.id("createForm:create")).click();
        waitForInfo(callTitle);
        String callId = Api.get("calls?size=50", officerToken).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("title").equals(callTitle)).findFirst().orElseThrow().getString("id");
        JsonObject draft = Api.get("calls/" + callId, officerToken).json();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("500000.00", draft.getString("ceiling"));
        assertEquals(3, draft.getJsonArray("rubric").size());
        assertEquals(2, draft.getJsonArray("topics").size());
        browser.signOut();

        // a draft call is nobody's business outside the staff, not even by its address
        browser.open("call.xhtml?id=" + callId);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notFound")));

        browser.signIn(officer, TestData.PASSWORD);
        browser.open("officer/calls.xhtml");
        rowOf(callTitle).findElement(By.cssSelector("button[id$=':publish']")).click();
        waitForInfo(callTitle);
        assertEquals("OPEN", Api.get("calls/" + callId, officerToken).json().getString("status"));
        browser.screenshot("path-01-officer-published-zh");
        browser.signOut();

        // anyone reads it, without signing in, and follows "申报" to the sign-in and on to the form
        browser.driver.findElement(By.id("publicCalls")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("callsTitle")));
        assertTrue(rowOf(callTitle).getText().contains("500,000.00 元"), rowOf(callTitle).getText());
        browser.screenshot("path-02-public-calls-zh");
        rowOf(callTitle).findElement(By.linkText(callTitle)).click();
        assertEquals(callTitle, browser.text(By.id("callTitle")));
        assertEquals("500,000.00 元", browser.text(By.id("ceiling")));
        assertEquals("5,000,000.00 元", browser.text(By.id("totalBudget")));
        assertEquals("竞争性评审", browser.text(By.id("fundingMode")));
        assertTrue(browser.text(By.id("topics")).contains("棉花机采"));
        browser.screenshot("path-03-public-call-zh");
        browser.driver.findElement(By.id("applyForm:apply")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:signIn")));
        browser.fill(By.id("loginForm:username"), applicant);
        browser.fill(By.id("loginForm:password"), TestData.PASSWORD);
        browser.driver.findElement(By.id("loginForm:signIn")).click();

        // step 1: basic information; "next" saves the draft
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appForm:title")));
        assertEquals(callTitle, browser.text(By.id("callTitle")), "the form is for the call the applicant chose");
        String title = TestData.unique("南疆棉区机采棉清杂关键技术研究-");
        browser.fill(By.id("appForm:title"), title);
        browser.fill(By.id("appForm:abstract"), "针对南疆棉区机采棉含杂率高的问题，研究籽棉清理与残膜分离关键技术，形成成套装备并示范应用。");
        browser.fill(By.id("appForm:keywords"), "棉花；机采；清杂");
        browser.select("appForm:discipline", "21020");
        browser.screenshot("path-04-form-basic-zh");
        browser.driver.findElement(By.id("appForm:next")).click();

        // step 2: the team, by username
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appForm:memberUsername")));
        assertTrue(browser.driver.getCurrentUrl().contains("id="), "the saved draft has its own address: " + browser.driver.getCurrentUrl());
        String applicationId = browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.fill(By.id("appForm:memberUsername"), member);
        browser.select("appForm:memberRole", "CO_PI");
        browser.driver.findElement(By.id("appForm:addMember")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appForm:team"), member));
        browser.driver.findElement(By.id("appForm:saveDraft")).click();
        waitForInfo("草稿已保存");
        browser.screenshot("path-05-form-team-zh");

        // leave, and come back through 我的申报: the draft is as it was saved
        browser.driver.findElement(By.id("navMyApplications")).click();
        WebElement row = rowOf(title);
        assertEquals(1, row.findElements(By.cssSelector("[data-status=DRAFT]")).size(), row.getText());
        browser.screenshot("path-06-my-applications-draft-zh");
        row.findElement(By.cssSelector("[id$=':edit']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appForm:title")));
        assertEquals(title, browser.driver.findElement(By.id("appForm:title")).getAttribute("value"));
        browser.driver.findElement(By.id("appForm:next")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appForm:team"), member));
        assertTrue(browser.text(By.id("appForm:team")).contains("共同负责人"), "the member's role was kept");
        browser.driver.findElement(By.id("appForm:next")).click();

        // step 3: budget by category against the ceiling, and an expert to exclude
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appForm:budget:0:amount")));
        String[] amounts = {"100000.00", "250000.00", "50000.00", "", "60000.00"};   // EQUIPMENT … INDIRECT
        for (int i = 0; i < amounts.length; i++) {
            if (!amounts[i].isEmpty()) {
                browser.fill(By.id("appForm:budget:" + i + ":amount"), amounts[i]);
            }
        }
        browser.driver.findElement(By.id("appForm:selfRaised")).click();   // leaves the last amount: the total follows
        browser.wait.until(ExpectedConditions.textToBe(By.id("appForm:total"), "460,000.00 元"));
        browser.fill(By.id("appForm:excludedUsername"), excludedExpert);
        browser.driver.findElement(By.id("appForm:addExcluded")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appForm:excluded"), excludedExpert));
        browser.fill(By.id("appForm:targetRows:0:target"), "3");          // papers
        browser.fill(By.id("appForm:targetRows:4:target"), "200000.00");  // income from transfer
        browser.screenshot("path-07-form-budget-zh");
        browser.driver.findElement(By.id("appForm:next")).click();

        // step 4: review; the checks pass; submit waits for the pledge
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appForm:pledge")));
        assertEquals("460,000.00 元", browser.text(By.id("appForm:detailTotal")));
        assertFalse(browser.text(By.id("appForm:checks")).contains("不通过"), browser.text(By.id("appForm:checks")));
        assertFalse(browser.driver.findElement(By.id("appForm:submit")).isEnabled(), "no submission before the pledge is ticked");

        // a PDF attachment: uploaded on the review step, listed with its page count, frozen with the submission
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("申报书正文-", ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf.toFile());
        }
        browser.driver.findElement(By.id("appForm:upload_input")).sendKeys(pdf.toAbsolutePath().toString());
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appForm:attachments"), pdf.getFileName().toString()));
        assertTrue(browser.text(By.id("appForm:attachments")).contains("申报书正文"), browser.text(By.id("appForm:attachments")));
        scrollTo(By.id("appForm:attachments"));
        browser.screenshot("path-08a-form-attachment-zh");
        assertTrue(browser.text(By.id("pledgeText")).contains("本人郑重承诺"), "the pledge wording the server signs");
        browser.screenshot("path-08-form-review-zh");
        scrollTo(By.id("pledgeText"));
        browser.screenshot("path-08b-form-pledge-zh");
        browser.driver.findElement(By.cssSelector("[id='appForm:pledge'] .ui-chkbox-box")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("appForm:submit"))).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("myAppsTitle")));
        waitForInfo(title);
        assertEquals(1, rowOf(title).findElements(By.cssSelector("[data-status=SUBMITTED]")).size());
        browser.screenshot("path-09-submitted-zh");
        JsonObject submitted = Api.get("applications/" + applicationId, Api.token(applicant, TestData.PASSWORD)).json();
        assertEquals("SUBMITTED", submitted.getString("status"), "submitted, so the pledge was signed (the server refuses PLEDGE_REQUIRED)");
        assertEquals("460000.00", submitted.getString("total"));
        assertEquals(1, submitted.getJsonArray("team").size());
        assertEquals("CO_PI", submitted.getJsonArray("team").getJsonObject(0).getString("role"));
        assertEquals(1, submitted.getJsonArray("excludedExperts").size());
        assertEquals(3, submitted.getJsonObject("targets").getInt("papers"), "the targets entered on the budget step");
        assertEquals("200000.00", submitted.getJsonObject("targets").getString("transferIncome"));
        browser.signOut();

        // another unit's research office does not see it at all
        browser.signIn(TestData.user(admin, TestData.organization(admin), "UNIT_ADMIN"), TestData.PASSWORD);
        browser.open("unit/endorsements.xhtml");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queueForm:queue")));
        assertFalse(browser.text(By.id("queueForm:queue")).contains(title), "only the host unit's queue holds it");
        browser.signOut();

        // the host unit's research office endorses; a return without reasons is refused
        browser.signIn(unitAdmin, TestData.PASSWORD);
        browser.open("unit/endorsements.xhtml");
        rowOf(title).findElement(By.cssSelector("button[id$=':open']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queueForm:endorse")));
        assertEquals(title, browser.text(By.id("queueForm:detailTitle")));
        browser.driver.findElement(By.id("queueForm:return")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"), "必须填写审核意见"));
        browser.screenshot("path-10-unit-review-zh");
        browser.fill(By.id("queueForm:comment"), "材料齐全，同意推荐。");
        browser.driver.findElement(By.id("queueForm:endorse")).click();
        waitForInfo("已同意推荐");
        browser.screenshot("path-11-unit-endorsed-zh");
        browser.signOut();

        // the officer sees the checks pass and accepts
        browser.signIn(officer, TestData.PASSWORD);
        browser.open("officer/formal-check.xhtml");
        browser.select("queueForm:callFilter", callId);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queueForm:queue"), title));
        browser.screenshot("path-12-formal-check-queue-zh");
        rowOf(title).findElement(By.cssSelector("button[id$=':open']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queueForm:accept")));
        String checks = browser.text(By.id("queueForm:checks"));
        assertTrue(checks.contains("申报书完整性") && checks.contains("通过") && !checks.contains("不通过"), checks);
        assertTrue(browser.driver.findElement(By.id("queueForm:accept")).isEnabled(), "every check passes, so ACCEPT is offered");
        assertTrue(browser.text(By.id("queueForm:duplicates")).contains("查重结果"), "the duplicate check (查重) is shown to the officer");
        browser.screenshot("path-13-formal-check-zh");
        scrollTo(By.id("queueForm:duplicates"));
        browser.screenshot("path-13b-formal-check-decision-zh");
        browser.driver.findElement(By.id("queueForm:accept")).click();
        waitForInfo("已受理");
        browser.signOut();

        // the applicant sees it accepted, in Chinese and in English
        browser.signIn(applicant, TestData.PASSWORD);
        browser.open("applicant/applications.xhtml");
        assertEquals(1, rowOf(title).findElements(By.cssSelector("[data-status=ACCEPTED]")).size(), rowOf(title).getText());
        assertTrue(rowOf(title).getText().contains("形式审查通过"), rowOf(title).getText());
        browser.screenshot("path-14-applicant-accepted-zh");
        browser.driver.findElement(By.id("headerForm:langEn")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("myAppsTitle"), "My applications"));
        assertTrue(rowOf(title).getText().contains("Accepted"), rowOf(title).getText());
        browser.screenshot("path-15-applicant-accepted-en");
        rowOf(title).findElement(By.cssSelector("[id$=':view']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("viewForm:historyTable")));
        String history = browser.text(By.id("viewForm:historyTable"));
        assertTrue(history.contains("Endorsed") && history.contains("Accepted"), history);
        browser.screenshot("path-16-application-view-en");
        browser.driver.findElement(By.id("headerForm:langZh")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("viewTitle"), "申报书详情"));
        assertEquals("ACCEPTED", Api.get("applications/" + applicationId, officerToken).json().getString("status"));
        browser.signOut();
    }

    @Test
    void anIncompleteApplicationIsRefusedWithTheRuleAndNothingGoesWithoutThePledge() throws Exception {
        String callId = TestData.openCall(officerToken, TestData.callBody("KEY_RD_GENERAL", inDays(20)).build());
        String applicant = TestData.user(admin, org, "APPLICANT");
        String token = Api.token(applicant, TestData.PASSWORD);
        String title = TestData.unique("缺摘要的申报书-");
        Api.Reply created = Api.post("applications", token, Json.createObjectBuilder().add("callId", callId).add("title", title)
                .add("keywords", Json.createArrayBuilder().add("储能")).add("discipline", "52020").add("hostOrganizationId", org)
                .add("budget", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "BUSINESS").add("amount", "200000.00")))
                .build().toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");

        browser.signIn(applicant, TestData.PASSWORD);
        browser.open("applicant/application.xhtml?id=" + id + "&step=4");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appForm:pledge")));
        assertTrue(browser.text(By.id("appForm:checks")).contains("不通过"), "the preview already shows the failing check");

        // without the pledge the submit button stays disabled and nothing is submitted
        WebElement submit = browser.driver.findElement(By.id("appForm:submit"));
        assertFalse(submit.isEnabled());
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", submit);   // a click the page lets through
        assertEquals("DRAFT", Api.get("applications/" + id, token).json().getString("status"));
        scrollTo(By.id("pledgeText"));
        browser.screenshot("refusal-01-no-pledge-zh");

        // with the pledge, the server refuses the incomplete application and names the rule
        browser.driver.findElement(By.cssSelector("[id='appForm:pledge'] .ui-chkbox-box")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("appForm:submit"))).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"), "申报书内容不完整"));
        String refusal = browser.text(By.cssSelector(".ui-messages-error"));
        assertTrue(refusal.contains("不符合业务规则") && refusal.contains("abstract"), refusal);
        assertEquals("DRAFT", Api.get("applications/" + id, token).json().getString("status"), "refused: still a draft");
        browser.screenshot("refusal-02-incomplete-zh");

        // someone else's edit in between: the form asks to reload, and reloading shows the other edit
        browser.open("applicant/application.xhtml?id=" + id);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appForm:title")));
        JsonObject current = Api.get("applications/" + id, token).json();
        Api.Reply elsewhere = Api.put("applications/" + id, token, Json.createObjectBuilder().add("callId", callId)
                .add("title", title + "（另一窗口修改）").add("abstract", "在另一个窗口补充的摘要。")
                .add("version", current.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, elsewhere.status(), elsewhere.toString());
        browser.fill(By.id("appForm:abstract"), "本窗口的摘要。");
        browser.driver.findElement(By.id("appForm:saveDraft")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"), "记录已被他人修改"));
        browser.screenshot("refusal-03-stale-zh");
        browser.driver.findElement(By.id("appForm:reload")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.id("appForm:title"), "value", title + "（另一窗口修改）"));
        browser.signOut();
    }

    @Test
    void theApplicantScreensAreClosedToStrangersAndTheLanguagesBothRender() throws Exception {
        var client = jakarta.ws.rs.client.ClientBuilder.newClient();
        try (var health = client.target(Api.BASE + "health").request().get()) {
            assertEquals(200, health.getStatus(), "health stays open to the load balancer");
            assertTrue(health.readEntity(String.class).contains("\"status\""), "the health document, not the sign-in page");
        }
        browser.open("applicant/applications.xhtml");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:signIn")));
        browser.open("unit/endorsements.xhtml");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:signIn")));
        browser.open("no-such-screen.xhtml");   // deny by default: a screen not on the public list wants a sign-in first
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:signIn")));
        assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml?next="), browser.driver.getCurrentUrl());
        browser.open("calls.xhtml");
        browser.driver.findElement(By.id("headerForm:langEn")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("callsTitle"), "Calls for proposals"));
        browser.screenshot("public-calls-en");
        browser.driver.findElement(By.id("headerForm:langZh")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("callsTitle"), "申报指南"));
    }

    @Test
    void aChallengeCallShowsItsProblemAndBountyToThePublic() throws Exception {
        String director = Api.token(TestData.user(admin, org, "DIRECTOR"), TestData.PASSWORD);
        JsonObject body = TestData.callBody("MAJOR_CHALLENGE", inDays(40)).add("ceiling", "3000000.00")
                .add("challengeProblem", "高寒高盐条件下光伏组件衰减快：攻克组件封装与清洁运维关键技术，使首年衰减不超过1%。")
                .add("challengeBounty", "3000000.00").build();
        Api.Reply created = Api.post("calls", officerToken, body.toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        assertEquals("PENDING_APPROVAL", Api.post("calls/" + id + "/publish", officerToken, null).json().getString("status"));
        browser.open("call.xhtml?id=" + id);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notFound")));   // not yet approved: not public
        assertEquals("OPEN", Api.post("calls/" + id + "/approve", director, null).json().getString("status"));

        browser.open("call.xhtml?id=" + id);
        assertEquals("揭榜挂帅", browser.text(By.id("fundingMode")));
        assertTrue(browser.text(By.id("challengeProblem")).startsWith("高寒高盐条件下光伏组件衰减快"));
        assertEquals("3,000,000.00 元", browser.text(By.id("challengeBounty")));
        browser.screenshot("public-challenge-call-zh");
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
