package org.greenmine.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.greenmine.testing.Browser;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.LocalUrl;
import org.greenmine.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Whole journeys in a real headless Chromium against the deployed portal. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;
  private ChromeDriver driver;
  private WebDriverWait wait;
  private java.nio.file.Path downloads;

  @BeforeEach
  void openBrowser() throws java.io.IOException {
    downloads = java.nio.file.Files.createTempDirectory("greenmine-downloads");
    driver = Browser.start("zh-CN", downloads);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    driver.quit();
  }

  private void open(String path) {
    driver.get(LocalUrl.of(base) + path);
  }

  private void type(String id, String text) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  private void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /** Saves the edit page and publishes what was saved. */
  private void saveAndPublish() {
    click("edit:save");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("edit:messages"), "Saved."));
    click("edit:publish");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Published"));
  }

  private String heading() {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText();
  }

  /** Logs out and waits until the portal shows the login link again. */
  private void logOut() {
    click("logoutForm:logout");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginLink")));
  }

  private void logIn(String username, String password) {
    open("login");
    type("login:username", username);
    type("login:password", password);
    click("login:submit");
  }

  @Test
  void theHomePageSwitchesLanguageAndKeepsTheChoice() throws Exception {
    open("");
    assertEquals("绿色矿山，共享经验", heading());
    Path artifacts =
        Files.createDirectories(
            Path.of(System.getProperty("greenmine.artifacts", "target/test-artifacts")));
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, artifacts.resolve("home-zh.png"), StandardCopyOption.REPLACE_EXISTING);

    click("languageSwitch");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Green mines, shared knowledge"));
    Files.copy(
        driver.getScreenshotAs(OutputType.FILE).toPath(),
        artifacts.resolve("home-en.png"),
        StandardCopyOption.REPLACE_EXISTING);
    open("associations");
    assertEquals("Associations", heading());
    assertTrue(driver.getPageSource().contains("China Mining Federation"));
    assertNoScriptErrors(driver);
  }

  @Test
  void anAdministratorCreatesAMemberWhoThenLogsIn() {
    String member = "member-" + UUID.randomUUID().toString().substring(0, 8);
    open("?lang=en");
    logIn("admin", TestSettings.ADMIN_PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("adminLink")));
    click("adminLink");
    assertEquals("Accounts", heading());

    type("create:username", member);
    type("create:displayName", "Shandong Gold Mining Co.");
    type("create:email", member + "@example.com");
    type("create:initialPassword", "Member-Pass-2026");
    click("create:submit");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "Account " + member + " created."));
    assertTrue(driver.findElement(By.id("accounts:table")).getText().contains(member));
    assertNoScriptErrors(driver);

    logOut();

    logIn(member, "Wrong-Password-1");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("login:messages"), "The user name or password is not correct."));

    logIn(member, "Member-Pass-2026");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountLink"), member));
    open("admin/accounts");
    assertEquals("Not allowed", heading());
  }

  @Test
  void aCuratorWritesAStandardWithPreviewAndPublishesItForVisitors() {
    String curator = "curator-" + UUID.randomUUID().toString().substring(0, 8);
    String code = "T/CMF " + (100 + (int) (Math.random() * 899)) + "-2026";
    open("?lang=en");
    logIn("admin", TestSettings.ADMIN_PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("adminLink")));
    open("admin/accounts");
    type("create:username", curator);
    type("create:displayName", "CMF standards office");
    type("create:initialPassword", "Curator-Pass-2026");
    // PrimeFaces draws its own checkboxes: press the labels, as a person does
    wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='create:roles:1']")))
        .click();
    wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='create:roles:3']")))
        .click();
    chooseAssociation("China Mining Federation");
    click("create:submit");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), curator));
    logOut();

    logIn(curator, "Curator-Pass-2026");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("curateLink")));
    click("curateLink");
    type("propose:code", code);
    type("propose:titleZh", "尾矿库闭库技术要求");
    type("propose:titleEn", "Technical requirements for tailings pond closure");
    click("propose:submit");
    WebElement markdown =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("edit:markdown")));
    markdown.clear();
    markdown.sendKeys(
        "## 1 Scope\n\nThis standard sets out how a **tailings pond** is closed.\n\n"
            + "| item | limit |\n|---|---|\n| slope | 1:3 |\n");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("edit:preview"), "1 Scope"));
    assertTrue(
        driver
            .findElement(By.cssSelector("#edit\\:preview strong"))
            .getText()
            .contains("tailings pond"));
    saveAndPublish();
    assertNoScriptErrors(driver);
    logOut();

    open("standards/" + code.replace("/", "-").replace(" ", "-"));
    assertEquals("Technical requirements for tailings pond closure", heading());
    assertEquals(code, driver.findElement(By.id("standardCode")).getText());
    assertTrue(driver.findElement(By.id("documentBody")).getText().contains("tailings pond"));
    assertTrue(driver.findElements(By.cssSelector("#documentBody table td")).size() >= 2);
  }

  /**
   * The administrator creates an account with these role checkbox indexes and CMF as association.
   */
  private void createAccount(String username, String password, int... roleIndexes) {
    open("?lang=en");
    logIn("admin", TestSettings.ADMIN_PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("adminLink")));
    open("admin/accounts");
    type("create:username", username);
    type("create:displayName", "Test " + username);
    type("create:initialPassword", password);
    // MEMBER is ticked already; tick the others asked for
    for (int index : roleIndexes) {
      click("label[for='create:roles:" + index + "']", true);
    }
    chooseAssociation("China Mining Federation");
    click("create:submit");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), username));
    logOut();
  }

  /**
   * Chooses a value of a PrimeFaces select menu through its own widget API, as its item click
   * would; clicking the animated overlay list is unreliable in headless Chromium.
   */
  private void selectMenu(String clientId, String value, String expectedLabel) {
    String widget = "widget_" + clientId.replace(':', '_');
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(clientId)));
    driver.executeScript(
        "PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);", widget, value);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id(clientId + "_label"), expectedLabel));
  }

  private void chooseAssociation(String name) {
    selectMenu("create:association", "CMF", name);
  }

  private void click(String cssSelector, boolean css) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))).click();
  }

  @Test
  void aMemberCommentsOnADraftAndTheCuratorResolvesTheComment() {
    String curator = "cur-" + UUID.randomUUID().toString().substring(0, 8);
    String member = "mem-" + UUID.randomUUID().toString().substring(0, 8);
    String code = "T/CMF " + (100 + (int) (Math.random() * 899)) + "-2026";
    createAccount(curator, "Curator-Pass-2026", 1);
    createAccount(member, "Member-Pass-2026");

    logIn(curator, "Curator-Pass-2026");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("curateLink")));
    click("curateLink");
    type("propose:code", code);
    type("propose:titleZh", "矿井水综合利用技术要求");
    type("propose:titleEn", "Requirements for mine water reuse");
    click("propose:submit");
    java.time.LocalDate today = java.time.LocalDate.now();
    type("edit:opens_input", today.minusDays(1).toString());
    type("edit:closes_input", today.plusDays(30).toString());
    click("edit:setPeriod");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("edit:messages"), "Comment period set."));
    for (String stage : java.util.List.of("Project approved", "Drafting", "Public comment")) {
      click("edit:stages:0:stageMove");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stage"), stage));
    }
    click("edit:publish");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Published"));
    String editUrl = driver.getCurrentUrl();
    logOut();

    logIn(member, "Member-Pass-2026");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountLink")));
    open("standards/" + code.replace("/", "-").replace(" ", "-"));
    type("comment:clause", "5.1");
    type("comment:text", "Give the reuse rate for each kind of mine water.");
    type("comment:proposedChange", "Add a table of reuse rates.");
    click("comment:submit");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("ownComments"), "Give the reuse rate"));
    logOut();

    logIn(curator, "Curator-Pass-2026");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("curateLink")));
    driver.get(editUrl);
    click("edit:stages:1:stageMove");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("stage"), "Technical review"));
    click("edit:commentsLink");
    selectMenu("resolve:table:0:disposition", "PARTLY_ACCEPTED", "Partly accepted");
    type("resolve:table:0:reason", "A table for two kinds of water is added.");
    click("resolve:table:0:save");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("resolve:messages"), "is resolved"));
    assertTrue(
        driver.findElement(By.id("resolve:table")).getText().contains("Give the reuse rate"));
    click("resolve:csv");
    String table = downloaded("comment-resolution-");
    assertTrue(table.contains("Give the reuse rate for each kind of mine water."), table);
    assertTrue(table.contains("Partly accepted"), table);
    assertTrue(table.contains("A table for two kinds of water is added."), table);
    assertNoScriptErrors(driver);
  }

  /** The text of the file the browser downloaded whose name starts so, once it is complete. */
  private String downloaded(String prefix) {
    return wait.until(
        d -> {
          try (var files = java.nio.file.Files.list(downloads)) {
            var done =
                files
                    .filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                    .findFirst();
            return done.isPresent()
                ? java.nio.file.Files.readString(
                    done.get(), java.nio.charset.StandardCharsets.UTF_8)
                : null;
          } catch (java.io.IOException e) {
            return null;
          }
        });
  }

  @Test
  void aCuratorCreatesATechnologyFillsInItsDetailsAndPublishesIt() {
    String curator = "tech-" + UUID.randomUUID().toString().substring(0, 8);
    String slug = "dry-stacking-" + UUID.randomUUID().toString().substring(0, 8);
    createAccount(curator, "Curator-Pass-2026", 1);
    logIn(curator, "Curator-Pass-2026");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("curateLink")));
    click("curateLink");
    selectMenu("create:kind", "TECHNOLOGY", "Technology");
    type("create:slug", slug);
    type("create:titleZh", "尾矿干堆技术");
    type("create:titleEn", "Dry stacking of filtered tailings");
    click("create:submit");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("edit:markdown")));

    click("edit:publish");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("edit:messages"), "An item in review or published needs"));
    selectMenu("edit:category", "COMPREHENSIVE_UTILISATION", "Comprehensive utilisation");
    selectMenu("edit:mining_method", "BOTH", "Open-pit and underground");
    selectMenu("edit:maturity", "PROMOTION", "Promotion");
    type("edit:trl", "9");
    type("edit:holder", "Tailings engineering centre");
    type("edit:indicators", "water recovered=85 %\npond area saved=60 %");
    saveAndPublish();
    assertNoScriptErrors(driver);
    logOut();

    open("technologies/" + slug);
    assertEquals("Dry stacking of filtered tailings", heading());
    String page = driver.findElement(By.tagName("main")).getText();
    assertTrue(page.contains("Tailings engineering centre"), page);
    assertTrue(page.contains("Comprehensive utilisation"), page);
    assertTrue(page.contains("water recovered"), page);
  }

  @Test
  void aMemberPostsANeedAndSeesFittingTechnologies() {
    String member = "need-" + UUID.randomUUID().toString().substring(0, 8);
    createAccount(member, "Member-Pass-2026");
    logIn(member, "Member-Pass-2026");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("needsLink")));
    click("needsLink");
    type("need:title", "Coal gangue piles up at the shaft");
    type("need:mineral", "coal");
    type("need:problem", "煤矸石堆存占地，希望井下充填或综合利用 coal gangue backfill");
    click("need:submit");
    WebElement fits = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fits")));
    assertTrue(fits.getText().toLowerCase().contains("gangue"), fits.getText());
    assertEquals("Coal gangue piles up at the shaft", heading());
  }

  @Test
  void aVisitorSearchesWithSuggestionsNarrowsByFacetsAndGoesBack() {
    open("");
    type("headerSearch", "tail");
    // the search box offers thesaurus terms and titles as one types
    wait.until(
        d ->
            d.findElements(By.cssSelector("#portalSuggestions option")).stream()
                .anyMatch(o -> "tailings".equals(o.getAttribute("value"))));

    // the index fills in the background after deployment: retry until the seed is searchable
    wait.withTimeout(Duration.ofSeconds(60))
        .until(
            d -> {
              open("search?q=%E5%B0%BE%E7%9F%BF");
              return !d.findElements(By.cssSelector("#facet-kind a[href*='kind=technology']"))
                  .isEmpty();
            });
    driver.findElement(By.cssSelector("#facet-kind a[href*='kind=technology']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activeFilters")));
    assertTrue(driver.getCurrentUrl().contains("kind=technology"), driver.getCurrentUrl());
    var kinds = driver.findElements(By.cssSelector(".results .kind"));
    assertTrue(!kinds.isEmpty());
    kinds.forEach(k -> assertEquals("技术", k.getText()));

    driver.findElement(By.cssSelector("#activeFilters a.chip")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("activeFilters")));
    assertTrue(!driver.getCurrentUrl().contains("kind="), driver.getCurrentUrl());

    driver.navigate().back();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activeFilters")));
    assertTrue(driver.getCurrentUrl().contains("kind=technology"), driver.getCurrentUrl());
    assertNoScriptErrors(driver);
  }

  private static void assertNoScriptErrors(WebDriver driver) {
    var severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
            .map(e -> e.getMessage())
            .toList();
    assertTrue(severe.isEmpty(), "browser console errors (CSP or script): " + severe);
  }
}
