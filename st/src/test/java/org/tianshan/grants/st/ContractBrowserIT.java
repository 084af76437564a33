package org.tianshan.grants.st;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract (任务书) of issue 6 through the screens in headless Chromium: a project in CONTRACTING from
 * the real decision flow ({@link Decisions#fundedCall}); the PI finds it under 我的项目, is refused a KPI
 * target below the application's floor, raises one and saves the plan; the programme officer confirms the
 * plan (the contract hash appears); the PI signs, seeing the hash being signed, then the host unit's
 * research office and the officer sign; the page shows ACTIVE with three signatures, and so does REST.
 */
class ContractBrowserIT extends BrowserTest {

    @Test
    void thePiRaisesAKpiTheOfficerConfirmsAndThreePartiesSignTheContractToActive() throws Exception {
        String admin = TestData.adminToken();
        JsonObject targets = Json.createObjectBuilder().add("papers", 5).add("patents", 2).add("peopleTrained", 4).build();
        Decisions.Call call = Decisions.fundedCall(admin, List.of(new Decisions.Wish(List.of(), targets, "460000.00", null)));
        Decisions.Funded funded = call.projects().get(0);
        String id = funded.projectId();
        assertEquals("CONTRACTING", Api.get("projects/" + id, funded.pi().token()).json().getString("status"));

        // the PI reaches the project from the home page's 我的项目
        browser.signIn(funded.pi().username(), TestData.PASSWORD);
        browser.driver.findElement(By.cssSelector("a[id$='tileMyProjects']")).click();
        assertEquals("我的项目", browser.text(By.id("projectsTitle")));
        WebElement row = rowOf(Decisions.TITLE);
        assertTrue(row.getText().contains("任务书签订中") && row.getText().contains("460,000.00 元"), row.getText());
        row.findElement(By.cssSelector("[id$=':open']")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("projectForm:title"), Decisions.TITLE));
        assertEquals("任务书签订中", browser.text(By.id("projectForm:status")));
        assertEquals("460,000.00 元", browser.text(By.id("projectForm:approved")));
        assertTrue(browser.text(By.id("projectForm:header")).contains("计划确认后生成"), "no hash before the confirmation");
        assertEquals("不低于 5", browser.text(By.id("projectForm:kpis:0:floor")), "PAPERS shows its floor");
        assertTrue(browser.driver.findElements(By.id("projectForm:confirmPlan")).isEmpty(), "the PI does not confirm");
        browser.screenshot("contract-01-pi-before-zh");

        // below the floor: refused with the rule named; raised: saved
        browser.fill(By.id("projectForm:kpis:0:target"), "3");
        browser.driver.findElement(By.id("projectForm:savePlan")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"),
                "绩效目标不能低于申报书承诺的下限"));
        assertEquals("5", kpi(Api.get("projects/" + id, funded.pi().token()).json(), "PAPERS"), "refused: nothing changed");
        browser.fill(By.id("projectForm:kpis:0:target"), "8");
        browser.driver.findElement(By.id("projectForm:savePlan")).click();
        waitForInfo("任务书计划已保存");
        assertEquals("8", browser.driver.findElement(By.id("projectForm:kpis:0:target")).getAttribute("value"));
        assertEquals("8", kpi(Api.get("projects/" + id, funded.pi().token()).json(), "PAPERS"));
        browser.signOut();

        // the programme officer confirms the plan: the contract hash is set
        browser.signIn(call.officer().username(), TestData.PASSWORD);
        assertFalse(browser.driver.findElements(By.cssSelector("a[id$='tileOfficerProjects']")).isEmpty(), "the officer's home links 项目管理");
        browser.open("app/project.xhtml?id=" + id);
        browser.driver.findElement(By.id("projectForm:confirmPlan")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("projectForm:confirmYes"))).click();
        waitForInfo("任务书计划已确认");
        String hash = Api.get("projects/" + id, funded.pi().token()).json().getString("contractHash");
        assertEquals(64, hash.length(), hash);
        assertEquals(hash, browser.text(By.id("projectForm:contractHash")));
        assertEquals("8", browser.text(By.id("projectForm:kpis:0:targetText")), "confirmed: read-only");
        browser.signOut();

        // the PI signs and sees the hash being signed
        browser.signIn(funded.pi().username(), TestData.PASSWORD);
        browser.open("app/project.xhtml?id=" + id);
        assertTrue(browser.driver.findElements(By.id("projectForm:savePlan")).isEmpty(), "confirmed: no more editing");
        browser.driver.findElement(By.id("projectForm:signPI")).click();
        String prompt = browser.text(By.cssSelector(".ui-confirm-dialog-message"));
        assertTrue(prompt.contains(hash), prompt);
        browser.screenshot("contract-02-pi-signs-hash-zh");
        browser.driver.findElement(By.id("projectForm:confirmYes")).click();
        waitForInfo("项目负责人已签署任务书");
        assertTrue(browser.driver.findElements(By.id("projectForm:signPI")).isEmpty(), "each party signs once");
        browser.signOut();

        // the host unit's research office signs, from its home link 项目管理
        browser.signIn(call.unit().username(), TestData.PASSWORD);
        browser.driver.findElement(By.cssSelector("a[id$='tileUnitProjects']")).click();
        assertEquals("项目管理", browser.text(By.id("projectsTitle")));
        rowOf(Decisions.TITLE).findElement(By.cssSelector("[id$=':open']")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("projectForm:signUNIT"))).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-confirm-dialog-message"), hash));
        browser.driver.findElement(By.id("projectForm:confirmYes")).click();
        waitForInfo("承担单位已签署任务书");
        browser.signOut();

        // the officer signs for the bureau: the third signature makes the project ACTIVE
        browser.signIn(call.officer().username(), TestData.PASSWORD);
        browser.open("app/project.xhtml?id=" + id);
        browser.driver.findElement(By.id("projectForm:signBUREAU")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-confirm-dialog-message"), hash));
        browser.driver.findElement(By.id("projectForm:confirmYes")).click();
        waitForInfo("三方签署完毕");
        assertEquals("执行中", browser.text(By.id("projectForm:status")));
        String signatures = browser.text(By.id("projectForm:signatures"));
        assertFalse(signatures.contains("待签署"), signatures);
        for (String who : List.of(funded.pi().username(), call.unit().username(), call.officer().username())) {
            assertTrue(signatures.contains(who), who + " in " + signatures);
        }
        assertEquals(3, browser.driver.findElements(By.cssSelector("[id$=':hash']")).stream()
                .filter(e -> e.getText().strip().equals(hash)).count(), "three signatures of the same hash");
        ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("contract-03-active-zh");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.driver.findElement(By.id("projectForm:signaturePanel")));
        browser.screenshot("contract-04-signatures-zh");

        // the download button hands over the contract PDF the boundary renders (posted as the button would)
        Object pdf = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const form = document.getElementById('projectForm');"
                        + "const data = new URLSearchParams(new FormData(form)); data.append('projectForm:downloadPdf', 'projectForm:downloadPdf');"
                        + "fetch(form.action, {method: 'POST', body: data}).then(r => r.arrayBuffer().then(b => done("
                        + "r.headers.get('content-type') + '|' + String.fromCharCode(...new Uint8Array(b.slice(0, 5))) + '|' + b.byteLength)))"
                        + ".catch(e => done('failed: ' + e));");
        String[] download = String.valueOf(pdf).split("\\|");
        assertTrue(download[0].startsWith("application/pdf"), String.valueOf(pdf));
        assertEquals("%PDF-", download[1], String.valueOf(pdf));
        assertTrue(Integer.parseInt(download[2]) > 10_000, String.valueOf(pdf));
        browser.driver.findElement(By.id("headerForm:langEn")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("projectPageTitle"), "Project contract"));
        assertEquals("Active", browser.text(By.id("projectForm:status")));
        browser.screenshot("contract-05-active-en");
        browser.driver.findElement(By.id("headerForm:langZh")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("projectPageTitle"), "项目任务书"));

        JsonObject active = Api.get("projects/" + id, call.officer().token()).json();
        assertEquals("ACTIVE", active.getString("status"));
        assertEquals(3, active.getJsonArray("signatures").size(), active.toString());
        for (JsonValue s : active.getJsonArray("signatures")) {
            assertEquals(hash, s.asJsonObject().getString("contentHash"));
        }
    }

    private static String kpi(JsonObject project, String code) {
        return project.getJsonArray("kpis").stream().map(JsonValue::asJsonObject).filter(k -> k.getString("code").equals(code))
                .findFirst().orElseThrow().getString("target");
    }

    /** The table row that shows this text. */
    private static WebElement rowOf(String text) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//*[normalize-space(text())='" + text + "']]")));
    }

    private static void waitForInfo(String text) {
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), text));
    }
}
