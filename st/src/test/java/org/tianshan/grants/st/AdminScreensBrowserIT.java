package org.tianshan.grants.st;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administration and audit screens in the browser: create an organization, verify the audit chain. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminScreensBrowserIT {

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

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
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
        assertTrue(browser.driver.getPageSource().contains("统一社会信用代码") || browser.driver.getPageSource().contains("creditCode"));
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
