package org.greenmine.testing;

import java.io.File;
import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Debian's chromedriver: nothing is downloaded. */
public final class Browser {
  private Browser() {}

  public static ChromeDriver start(String acceptLanguage) {
    return start(acceptLanguage, null);
  }

  /** As {@link #start(String)}; files the pages send as downloads land in {@code downloads}. */
  public static ChromeDriver start(String acceptLanguage, java.nio.file.Path downloads) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + acceptLanguage);
    var prefs = new java.util.HashMap<String, Object>();
    prefs.put("intl.accept_languages", acceptLanguage);
    if (downloads != null) {
      prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
      prefs.put("download.prompt_for_download", false);
    }
    options.setExperimentalOption("prefs", prefs);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Logs in on the login page and waits for the logged-in header. */
  public static void logIn(
      ChromeDriver driver, WebDriverWait wait, URI portal, String username, String password) {
    driver.get(portal + "login");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("login:username"))).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logoutForm:logout")));
  }

  /** Fails on any severe console entry: a script error or a CSP refusal. */
  public static void assertNoScriptErrors(ChromeDriver driver) {
    var severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
            .map(e -> e.getMessage())
            .toList();
    if (!severe.isEmpty()) {
      throw new AssertionError("browser console errors (CSP or script): " + severe);
    }
  }
}
