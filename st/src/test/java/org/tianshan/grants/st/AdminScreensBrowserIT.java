package org.tianshan.grants.st;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administration and audit screens in the browser: create an organization, verify the audit chain. */
class AdminScreensBrowserIT extends BrowserTest {

    @Test
    void anAdminCreatesAnOrganizationOnTheScreenAndABadCodeGetsAMessage() throws Exception {
        browser.signIn("admin", TestData.ADMIN_PASSWORD);
        browser.open("admin/organizations.xhtml");
        String name = TestData.unique("屏幕测试单位");

        browser.driver.findElement(By.id("orgForm:newOrganization")).click();
        browser.fill(By.id("createForm:name"), name);
        browser.fill(By.id("createForm:creditCode"), "91650000228600519N");   // wrong check character
        browser.select("createForm:type", "ENTERPRISE");
        browser.select("createForm:jurisdiction", "650100");
        browser.driver.findElement(By.id("createForm:create")).click();
        String refusal = browser.text(By.cssSelector(".ui-messages-error"));
        assertTrue(refusal.contains("统一社会信用代码: ") && refusal.contains("check character"), refusal);
        browser.screenshot("organization-refused-zh");

        browser.fill(By.id("createForm:creditCode"), TestData.creditCode());
        browser.driver.findElement(By.id("createForm:create")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), name));
        browser.screenshot("organization-created-zh");
        long total = Api.get("organizations?size=1", TestData.adminToken()).json().getJsonNumber("total").longValue();
        var last = Api.get("organizations?page=" + (total - 1) + "&size=1", TestData.adminToken()).json().getJsonArray("items").getJsonObject(0);
        assertEquals(name, last.getString("name"), "the organization the screen created is stored");
        assertEquals("ENTERPRISE", last.getString("type"));
        assertEquals("650100", last.getString("jurisdiction"));
        browser.signOut();
    }

    @Test
    void anAuditorVerifiesTheChainOnTheScreen() throws Exception {
        String admin = TestData.adminToken();
        String auditor = TestData.user(admin, TestData.organization(admin), "AUDITOR");
        browser.signIn(auditor, TestData.PASSWORD);
        browser.open("audit/events.xhtml");
        browser.driver.findElement(By.id("eventsForm:verify")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eventsForm:verifyOk")));
        assertTrue(browser.driver.findElements(By.id("eventsForm:verifyBroken")).stream().noneMatch(e -> e.isDisplayed()));
        browser.screenshot("audit-verified-zh");
        browser.signOut();
    }
}
