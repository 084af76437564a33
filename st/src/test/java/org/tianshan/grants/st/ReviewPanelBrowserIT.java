package org.tianshan.grants.st;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expert review through the officer's screens (issue 5), data set up over REST: two accepted
 * applications of a closed call, three experts (one from the host unit), an OPTIMAL assignment of two
 * experts each. In headless Chromium the officer sees the pool, the assignment matrix of the call and
 * the candidates of an application with the host-unit expert excluded as "same organization"; the
 * ranking flags the application the experts disagree on; opening the panel is refused while a review is
 * outstanding and allowed once all are in; the officer moves the flagged application to first place
 * with a reason and closes the panel, after which the ranking is frozen (REST: the rank and reason kept,
 * the applications REVIEWED). The director reads the same ranking without the actions.
 */
class ReviewPanelBrowserIT extends BrowserTest {

    /** 社会心理学: no other test draws from the shared pool under 190, so this test's draw sees its own experts only. */
    private static final String DISCIPLINE = "19020";
    private static final String COMMENT = "选题紧扣南疆棉区生产实际，技术路线清晰，研究基础较好，建议按计划实施并加强示范推广。";

    static String admin;
    static String host;
    static String hostName;
    static String officer;
    static String officerToken;

    @BeforeAll
    static void people() {
        admin = TestData.adminToken();
        String unitName = TestData.unique("新疆农业大学-");
        Api.Reply org = Api.post("organizations", admin, Json.createObjectBuilder().add("name", unitName)
                .add("creditCode", TestData.creditCode()).add("type", "UNIVERSITY").add("jurisdiction", "650100").build().toString());
        assertEquals(201, org.status(), org.toString());
        host = org.json().getString("id");
        hostName = unitName;
        officer = TestData.user(admin, host, "PROGRAM_OFFICER");
        officerToken = Api.token(officer, TestData.PASSWORD);
    }

    @BeforeEach
    void anonymous() {
        browser.open("login.xhtml");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void theOfficerAssignsExpertsSeesConflictsAndClosesThePanelOnAnAdjustedRanking() throws Exception {
        // a call that flags a spread of more than 15 points; two applications from the host unit, endorsed and accepted
        String callId = TestData.openCall(officerToken, TestData.callBody("KEY_RD_GENERAL", inDays(30))
                .add("dispersionThreshold", new BigDecimal("15.00")).build());
        String unitAdmin = Api.token(TestData.user(admin, host, "UNIT_ADMIN"), TestData.PASSWORD);
        String disputed = TestData.unique("南疆机采棉清杂关键技术研究-");
        String agreed = TestData.unique("棉花残膜回收装备研制与示范-");
        String disputedId = acceptedApplication(disputed, unitAdmin, callId);
        String agreedId = acceptedApplication(agreed, unitAdmin, callId);
        assertEquals("CLOSED", Api.post("calls/" + callId + "/close", officerToken, null).json().getString("status"));

        // the pool: two experts elsewhere, one at the host unit (a conflict for both applications); two experts per
        // application for this run, fewer than the call's default, so the pool of three suffices
        String elsewhere = TestData.organization(admin);
        String wang = expert(elsewhere, TestData.unique("王建国-"), "教授", "棉花", "机采");
        String li = expert(elsewhere, TestData.unique("李秀兰-"), "研究员", "棉花", "机采");
        String zhang = expert(host, TestData.unique("张伟-"), "副教授", "棉花");

        Api.Reply run = Api.post("calls/" + callId + "/assignments", officerToken, "{\"mode\":\"OPTIMAL\",\"perApplication\":2}");
        assertEquals(200, run.status(), run.toString());
        assertEquals(4, run.json().getInt("assigned"), run.toString());
        List<JsonObject> pairs = run.json().getJsonArray("assignments").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(pairs.stream().noneMatch(p -> p.getString("expertId").equals(zhang)), "the host-unit expert is never drawn: " + pairs);

        // the officer's screens: the pool, the matrix, the candidates with the conflict explained
        browser.signIn(officer, TestData.PASSWORD);
        browser.driver.findElement(By.cssSelector("a[id$='tileExperts']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("expertPoolTitle")));
        browser.fill(By.id("expertsForm:discipline"), DISCIPLINE);
        browser.driver.findElement(By.id("expertsForm:search")).click();
        ajaxDone();
        // the pool lists the oldest first: the newest experts are on the last page, if there is more than one
        browser.driver.findElements(By.cssSelector("[id='expertsForm:experts'] .ui-paginator-last:not(.ui-state-disabled)"))
                .forEach(WebElement::click);
        ajaxDone();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("expertsForm:experts"), name(zhang)));
        // a user without the role EXPERT is refused with the rule named
        browser.driver.findElement(By.id("expertsForm:newExpert")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("expertForm:user")));
        browser.fill(By.id("expertForm:user"), officer);
        browser.select("expertForm:disciplines", DISCIPLINE);
        browser.fill(By.id("expertForm:keywords"), "棉花；机采");
        browser.driver.findElement(By.id("expertForm:save")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"), "不具备“评审专家”角色"));
        browser.driver.findElement(By.id("expertForm:cancel")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("expertDialog")));
        browser.screenshot("review-01-expert-pool-zh");

        browser.open("officer/assignments.xhtml?call=" + callId);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assignForm:matrix")));
        WebElement row = rowOf(disputed);
        assertTrue(row.getText().contains(name(wang)) && row.getText().contains(name(li)), row.getText());
        assertTrue(row.getText().contains("待评审"), row.getText());
        assertFalse(browser.text(By.id("assignForm:matrix")).contains(name(zhang)), "the conflicted expert is in no row");
        browser.screenshot("review-02-assignment-matrix-zh");
        row.findElement(By.cssSelector("button[id$=':candidates']")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("candidatesForm:candidates"), name(zhang)));
        WebElement conflicted = browser.driver.findElement(By.xpath(
                "//*[@id='candidatesForm:candidates']//tr[.//*[normalize-space(text())='" + name(zhang) + "']]"));
        assertTrue(conflicted.getText().contains("同单位：" + hostName), conflicted.getText());
        assertEquals(1, conflicted.findElements(By.cssSelector("[data-code=SAME_ORGANIZATION]")).size());
        browser.screenshot("review-03-candidates-conflict-zh");
        browser.driver.findElement(By.id("candidatesForm:closeCandidates")).click();

        // every expert scores but one: the panel cannot open yet
        List<String[]> reviews = new ArrayList<>();   // reviewId, applicationId, expert token
        for (JsonObject p : pairs) {
            String username = Api.get("experts/" + p.getString("expertId"), officerToken).json().getString("username");
            reviews.add(new String[] {p.getString("reviewId"), p.getString("applicationId"), Api.token(username, TestData.PASSWORD)});
        }
        int disputedSeen = 0;
        int agreedSeen = 0;
        String[] last = null;
        for (String[] r : reviews) {
            int score;
            if (r[1].equals(disputedId)) {
                score = disputedSeen++ == 0 ? 10 : 2;     // 100 against 20: far apart
            } else {
                score = agreedSeen++ == 0 ? 9 : 8;        // 90 against 80
            }
            Api.Reply saved = Api.put("reviews/" + r[0], r[2], Json.createObjectBuilder()
                    .add("scores", Json.createObjectBuilder().add("INNOVATION", score).add("FEASIBILITY", score).add("TEAM", score))
                    .add("comment", COMMENT).add("recommendation", score >= 8 ? "A" : "C").build().toString());
            assertEquals(200, saved.status(), saved.toString());
            if (last == null) {
                last = r;   // held back
            } else {
                Api.Reply submitted = Api.post("reviews/" + r[0] + "/submit", r[2], null);
                assertEquals(200, submitted.status(), submitted.toString());
            }
        }

        browser.open("panel/ranking.xhtml?call=" + callId);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rankingForm:ranking")));
        browser.driver.findElement(By.id("rankingForm:openPanel")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"), "尚有评审意见未提交"));
        browser.screenshot("review-04-panel-refused-zh");
        assertEquals(200, Api.post("reviews/" + last[0] + "/submit", last[2], null).status());

        browser.open("panel/ranking.xhtml?call=" + callId);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rankingForm:ranking")));
        WebElement first = rowOf(agreed);
        WebElement second = rowOf(disputed);
        assertEquals("1", first.findElement(By.cssSelector("[id$=':rank']")).getText());
        assertEquals("85.0", first.findElement(By.cssSelector("[id$=':score']")).getText());
        assertEquals("2", second.findElement(By.cssSelector("[id$=':rank']")).getText());
        assertEquals("60.0", second.findElement(By.cssSelector("[id$=':score']")).getText());
        assertEquals(1, second.findElements(By.cssSelector("[id$=':flag']")).size(), "100 against 20 is flagged");
        assertEquals(0, first.findElements(By.cssSelector("[id$=':flag']")).size(), "90 against 80 is within 15 points");
        browser.driver.findElement(By.id("rankingForm:openPanel")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rankingForm:panelOpen")));
        browser.screenshot("review-05-ranking-flagged-zh");

        // the panel moves the flagged application to first place, with its reason, and closes
        String reason = "会议评审认为该项目技术路线创新性突出，两位专家分歧主要在可行性，经讨论调整为第一。";
        rowOf(disputed).findElement(By.cssSelector("button[id$=':adjust']")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adjustForm:reason")));
        ((JavascriptExecutor) browser.driver).executeScript("PrimeFaces.widgets['widget_adjustForm_newRank'].setValue(1);");
        browser.fill(By.id("adjustForm:reason"), reason);
        browser.screenshot("review-06-adjust-dialog-zh");
        browser.driver.findElement(By.id("adjustForm:saveAdjust")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), "已调整"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("adjustDialog")));
        assertEquals("1", rowOf(disputed).findElement(By.cssSelector("[id$=':rank']")).getText());
        assertTrue(rowOf(disputed).getText().contains("原第 2 名"), rowOf(disputed).getText());
        assertTrue(rowOf(disputed).getText().contains(reason), rowOf(disputed).getText());
        browser.driver.findElement(By.id("rankingForm:closePanel")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("frozenNote")));
        assertTrue(browser.driver.findElements(By.cssSelector("button[id$=':adjust']")).isEmpty(), "a frozen ranking offers no adjustment");
        assertTrue(browser.driver.findElements(By.id("rankingForm:closePanel")).isEmpty());
        browser.screenshot("review-07-ranking-frozen-zh");
        browser.driver.findElement(By.id("headerForm:langEn")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("rankingTitle"), "Ranking and panel"));
        browser.screenshot("review-08-ranking-frozen-en");
        browser.driver.findElement(By.id("headerForm:langZh")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("rankingTitle"), "排序与会议评审"));
        browser.signOut();

        // what the server kept
        JsonObject kept = Api.get("calls/" + callId + "/ranking", officerToken).array().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("applicationId").equals(disputedId)).findFirst().orElseThrow();
        assertEquals(1, kept.getInt("rank"), kept.toString());
        assertEquals(reason, kept.getString("reason"), kept.toString());
        assertTrue(kept.getBoolean("flagged"), kept.toString());
        assertEquals("REVIEWED", Api.get("applications/" + disputedId, officerToken).json().getString("status"));
        assertEquals("REVIEWED", Api.get("applications/" + agreedId, officerToken).json().getString("status"));

        // the director reads the same ranking, without the panel's actions
        browser.signIn(TestData.user(admin, host, "DIRECTOR"), TestData.PASSWORD);
        browser.driver.findElement(By.cssSelector("a[id$='tileDirectorRanking']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rankingForm:call")));
        browser.select("rankingForm:call", callId);   // chosen on the screen, not by the address
        // Browser.select sets the value silently; a user's pick also fires the change the screen listens to
        ((JavascriptExecutor) browser.driver).executeScript("PrimeFaces.widgets['widget_rankingForm_call'].triggerChange();");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("frozenNote")));
        assertEquals("1", rowOf(disputed).findElement(By.cssSelector("[id$=':rank']")).getText());
        assertTrue(browser.driver.findElements(By.cssSelector("button[id$=':adjust']")).isEmpty());
        assertTrue(browser.driver.findElements(By.id("rankingForm:openPanel")).isEmpty());
        assertTrue(browser.driver.findElements(By.id("rankingForm:closePanel")).isEmpty());
        browser.screenshot("review-09-ranking-director-zh");
        browser.signOut();
    }

    /** An application of the call by a new applicant of the host unit, submitted, endorsed and accepted. */
    private static String acceptedApplication(String title, String unitAdmin, String callId) {
        String pi = Api.token(TestData.user(admin, host, "APPLICANT"), TestData.PASSWORD);
        JsonArrayBuilder budget = Json.createArrayBuilder();
        String[] lines = {"EQUIPMENT", "100000.00", "BUSINESS", "250000.00", "LABOUR", "50000.00", "INDIRECT", "60000.00"};
        for (int i = 0; i < lines.length; i += 2) {
            budget.add(Json.createObjectBuilder().add("category", lines[i]).add("amount", lines[i + 1]));
        }
        Api.Reply created = Api.post("applications", pi, Json.createObjectBuilder().add("callId", callId).add("title", title)
                .add("abstract", "针对南疆棉区机采棉含杂率高、残膜污染重的问题，研究清杂与回收关键技术并示范应用。")
                .add("keywords", Json.createArrayBuilder().add("棉花").add("机采")).add("discipline", DISCIPLINE)
                .add("hostOrganizationId", host).add("team", Json.createArrayBuilder()).add("budget", budget)
                .add("excludedExperts", Json.createArrayBuilder()).build().toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        assertEquals(200, Api.post("applications/" + id + "/submit", pi, null).status());
        Api.Reply endorsed = Api.post("applications/" + id + "/endorsement", unitAdmin, "{\"decision\":\"ENDORSE\",\"comment\":\"同意推荐\"}");
        assertEquals(200, endorsed.status(), endorsed.toString());
        Api.Reply accepted = Api.post("applications/" + id + "/formal-check", officerToken, "{\"decision\":\"ACCEPT\"}");
        assertEquals("ACCEPTED", accepted.json().getString("status"), accepted.toString());
        return id;
    }

    private final java.util.Map<String, String> names = new java.util.HashMap<>();

    /** A user with the role EXPERT, put in the pool under the discipline with these keywords; returns the expert id. */
    private String expert(String organization, String displayName, String title, String... keywords) {
        String username = TestData.unique("e");
        Api.Reply user = Api.post("users", admin, Json.createObjectBuilder().add("username", username).add("password", TestData.PASSWORD)
                .add("displayName", displayName).add("roles", Json.createArrayBuilder().add("EXPERT"))
                .add("organizationId", organization).add("email", username + "@" + TestData.MAIL_DOMAIN).build().toString());
        assertEquals(201, user.status(), user.toString());
        JsonArrayBuilder words = Json.createArrayBuilder();
        for (String k : keywords) {
            words.add(k);
        }
        Api.Reply added = Api.post("experts", officerToken, Json.createObjectBuilder().add("userId", user.json().getString("id"))
                .add("disciplines", Json.createArrayBuilder().add(DISCIPLINE)).add("keywords", words).add("title", title)
                .add("region", "650000").build().toString());
        assertEquals(201, added.status(), added.toString());
        String id = added.json().getString("id");
        names.put(id, displayName);
        return id;
    }

    private String name(String expertId) {
        return names.get(expertId);
    }

    private static OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Waits until PrimeFaces has no request in flight. */
    private static void ajaxDone() {
        browser.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty();"));
    }

    /** The table row that shows this text. */
    private static WebElement rowOf(String text) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//*[normalize-space(text())='" + text + "']]")));
    }
}
