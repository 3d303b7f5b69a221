package org.greenmine.concerns;

import java.net.URI;
import java.time.Duration;
import org.greenmine.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The concern pages in a real headless Chromium, for {@link ConcernIT}'s client-side steps (a class
 * of its own so that the test class deployed into the container never names Selenium).
 */
final class ConcernBrowser {
  private ConcernBrowser() {}

  record Raised(String reference, String followLink) {}

  /**
   * A visitor opens the form for the mine, fills it in and sends it; returns what the page gives.
   */
  static Raised raise(URI portal, long application, String what, String place) {
    ChromeDriver driver = Browser.start("en");
    try {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      driver.get(portal + "concern?mine=" + application);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("concern:category")));
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("concern:category")))
          .selectByValue("ENVIRONMENT");
      driver.findElement(By.id("concern:what")).sendKeys(what);
      driver.findElement(By.id("concern:place")).sendKeys(place);
      driver.findElement(By.id("concern:when_input")).sendKeys("2026-11-20");
      driver.findElement(By.id("concern:contact")).sendKeys("parent@example.org");
      driver.findElement(By.id("concern:submit")).click();
      String reference =
          wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reference"))).getText();
      String link = driver.findElement(By.id("followLink")).getAttribute("href");
      Browser.assertNoScriptErrors(driver);
      return new Raised(reference, link);
    } finally {
      driver.quit();
    }
  }

  /** The state the private link's page shows. */
  static String followedState(String followLink) {
    ChromeDriver driver = Browser.start("en");
    try {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      driver.get(followLink);
      return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("state"))).getText();
    } finally {
      driver.quit();
    }
  }

  /** A curator acknowledges the concern on the desk, then publishes the answer. */
  static void answerFirstOpen(
      URI portal, String curator, String password, String reference, String answer) {
    ChromeDriver driver = Browser.start("en");
    try {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      driver.get(portal + "login");
      wait.until(ExpectedConditions.elementToBeClickable(By.id("login:username")))
          .sendKeys(curator);
      driver.findElement(By.id("login:password")).sendKeys(password);
      driver.findElement(By.id("login:submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logoutForm:logout")));
      driver.get(portal + "curate/concerns");
      String row = rowOf(driver, wait, reference);
      driver.findElement(By.id(row + ":acknowledge")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id(row + ":investigate")));
      row = rowOf(driver, wait, reference);
      driver.findElement(By.id(row + ":note")).sendKeys(answer);
      driver.findElement(By.id(row + ":answer")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("desk:messages"), reference));
      Browser.assertNoScriptErrors(driver);
    } finally {
      driver.quit();
    }
  }

  /** The id prefix of the desk's row for this reference, such as {@code desk:concerns:1}. */
  private static String rowOf(ChromeDriver driver, WebDriverWait wait, String reference) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("span[id$=':ref']")));
    for (var span : driver.findElements(By.cssSelector("span[id$=':ref']"))) {
      if (span.getText().equals(reference)) {
        String id = span.getAttribute("id");
        return id.substring(0, id.length() - ":ref".length());
      }
    }
    throw new AssertionError(reference + " is not on the desk");
  }
}
