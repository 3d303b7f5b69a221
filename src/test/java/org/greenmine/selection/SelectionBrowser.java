package org.greenmine.selection;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.greenmine.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The selection's pages in a real headless Chromium, for {@link SelectionIT}'s client-side steps. A
 * class of its own so that the test class deployed into the container never names Selenium.
 */
final class SelectionBrowser {
  private SelectionBrowser() {}

  record RedListView(String table, String csvHref) {}

  /** An expert opens the first assignment, scores every item 1 and casts; returns the receipt. */
  static String scoreFirstAssignment(URI portal, String expert, String password, int items) {
    ChromeDriver driver = Browser.start("en");
    try {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      Browser.logIn(driver, wait, portal, expert, password);
      driver.get(portal + "expert/index");
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id$=':open']"))).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ballotPanel")));
      List<WebElement> scores =
          driver.findElements(By.cssSelector("input[id^='ballot:items:'][id$=':score']"));
      if (scores.size() != items) {
        throw new AssertionError(scores.size() + " score fields, " + items + " items");
      }
      for (WebElement score : scores) {
        score.clear();
        score.sendKeys("1");
      }
      driver.findElement(By.id("ballot:cast")).click();
      String receipt =
          wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lastReceipt"))).getText();
      Browser.assertNoScriptErrors(driver);
      return receipt;
    } finally {
      driver.quit();
    }
  }

  /** A visitor files an objection against the first mine of the proposed list. */
  static void objectToFirstProposed(
      URI portal, String campaignSlug, String name, String contact, String reason) {
    ChromeDriver driver = Browser.start("zh-CN");
    try {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      driver.get(portal + "selections/" + campaignSlug);
      wait.until(
              ExpectedConditions.elementToBeClickable(By.cssSelector("#objection details summary")))
          .click();
      driver.findElement(By.id("objection:proposed:0:name")).sendKeys(name);
      driver.findElement(By.id("objection:proposed:0:contact")).sendKeys(contact);
      driver.findElement(By.id("objection:proposed:0:reason")).sendKeys(reason);
      driver.findElement(By.id("objection:proposed:0:file")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
      Browser.assertNoScriptErrors(driver);
    } finally {
      driver.quit();
    }
  }

  /** A visitor searches the red list; returns the table's text and the CSV link. */
  static RedListView searchRedList(URI portal, String words) {
    ChromeDriver driver = Browser.start("en");
    try {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      driver.get(portal + "redlist");
      wait.until(ExpectedConditions.elementToBeClickable(By.id("redlistWords"))).sendKeys(words);
      driver.findElement(By.id("redlistSubmit")).click();
      wait.until(ExpectedConditions.urlContains("q="));
      RedListView view =
          new RedListView(
              driver.findElement(By.id("redlist:entries")).getText(),
              driver.findElement(By.id("csvLink")).getAttribute("href"));
      Browser.assertNoScriptErrors(driver);
      return view;
    } finally {
      driver.quit();
    }
  }
}
