package org.tianshan.grants.st;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in through the real screens in headless Chromium, in Chinese and in English. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void anApplicantSignsInInChineseAndSeesTheApplicantHome() throws Exception {
        String admin = TestData.adminToken();
        String username = TestData.user(admin, TestData.organization(admin), "APPLICANT");
        browser.signIn(username, TestData.PASSWORD);
        assertTrue(browser.text(By.id("homeTitle")).startsWith("欢迎，"), browser.text(By.id("homeTitle")));
        assertEquals("申请人工作台", browser.text(By.cssSelector("[data-role=APPLICANT]")));
        assertTrue(browser.driver.findElements(By.id("navUsers")).isEmpty(), "an applicant sees no administration");
        browser.screenshot("home-applicant-zh");

        browser.driver.findElement(By.id("headerForm:langEn")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-role=APPLICANT]"), "Applicant workspace"));
        assertTrue(browser.text(By.id("homeTitle")).startsWith("Welcome, "));
        browser.screenshot("home-applicant-en");
        browser.signOut();
    }

    @Test
    void anAdminSignsInInEnglishAndSeesTheAdministrationHome() throws Exception {
        browser.open("login.xhtml");
        browser.driver.findElement(By.id("headerForm:langEn")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("loginForm:signIn"), "Sign in"));
        browser.screenshot("login-en");
        browser.signIn("admin", TestData.ADMIN_PASSWORD);
        assertEquals("System administration", browser.text(By.cssSelector("[data-role=ADMIN]")), "the language chosen before signing in stays");
        assertEquals(1, browser.driver.findElements(By.id("navUsers")).size(), "ADMIN sees the user administration");
        browser.screenshot("home-admin-en");
        browser.signOut();
    }

    @Test
    void aWrongPasswordShowsAMessageAndNoHomePage() throws Exception {
        browser.open("login.xhtml");
        browser.fill(By.id("loginForm:username"), "admin");
        browser.fill(By.id("loginForm:password"), "Wrong-password-1");
        browser.driver.findElement(By.id("loginForm:signIn")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
        assertTrue(browser.driver.getPageSource().contains("用户名或密码错误"));
        assertTrue(browser.driver.findElements(By.id("homeTitle")).isEmpty());
        browser.screenshot("login-failed-zh");
    }

    @Test
    void aProtectedPageSendsAStrangerToSignIn() {
        browser.open("app/home.xhtml");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:signIn")));
        assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"), browser.driver.getCurrentUrl());
    }
}
