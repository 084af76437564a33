package org.tianshan.grants.st;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.StaleElementReferenceException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Headless Debian Chromium driven by Selenium, with the steps every browser test needs: sign in and
 * out, fill a field, read a text, pick a PrimeFaces menu item, take a screenshot into
 * {@code st/target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;
    public final WebDriverWait wait;

    public Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // an ajax update may replace an element between finding it and reading it: look again, as for one not yet there
        wait.ignoring(StaleElementReferenceException.class);
    }

    public void open(String path) {
        driver.get(Api.BASE + path);
    }

    public void signIn(String username, String password) {
        open("login.xhtml");
        fill(By.id("loginForm:username"), username);
        fill(By.id("loginForm:password"), password);
        driver.findElement(By.id("loginForm:signIn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("homeTitle")));
    }

    public void signOut() {
        driver.findElement(By.id("headerForm:signOut")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm:signIn")));
    }

    public void fill(By field, String value) {
        wait.until(ExpectedConditions.elementToBeClickable(field)).clear();
        driver.findElement(field).sendKeys(value);
    }

    public String text(By element) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(element)).getText().strip();
    }

    /** Selects a value of a p:selectOneMenu through its widget, as a user's click would. */
    public void select(String clientId, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')].selectValue(arguments[1]);", clientId, value);
    }

    public void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
