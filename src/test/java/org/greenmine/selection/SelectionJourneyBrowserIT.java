package org.greenmine.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenmine.testing.Browser;
import org.greenmine.testing.CreditCodes;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.LocalUrl;
import org.greenmine.testing.PortalHttp;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole excellent-mine selection in a real headless Chromium, each step on the pages by the
 * person whose step it is: the administrator gives out the accounts, a curator creates and opens a
 * campaign, members apply, the curator decides eligibility (the applicant reads the reason),
 * registers the experts, finds a conflict and has the panel assigned, the experts score, the round
 * is closed and released, an approval round follows, the proposed list goes on public notice, a
 * visitor's objection is upheld, the award list is made final and the mine stands on the red list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelectionJourneyBrowserIT {
  private static final String PASSWORD = "Journey-Pass-2026";
  private static final String SLUG = "cmf-journey";
  private static final String TITLE_EN = "Journey selection of excellent green mines";

  private static final String CURATOR = "jr-curator";
  private static final String MEMBER_A = "jr-member-a";
  private static final String MEMBER_B = "jr-member-b";
  private static final List<String> EXPERTS = List.of("jr-expert-1", "jr-expert-2", "jr-expert-3");
  private static final List<String> EXPERT_NAMES = List.of("王建国", "李秀英", "张志强");

  private static final String BEST = "青山金矿";
  private static final String SECOND = "石门铜矿";
  private static final String THIRD = "白岭铁矿";
  private static final String EXPIRED = "北沟煤矿";

  /** Points each expert gives a mine: one point on that many of the 49 items, none on the rest. */
  private static final Map<String, Integer> POINTS = Map.of(BEST, 49, SECOND, 40, THIRD, 30);

  private static final String INELIGIBLE_REASON = "采矿许可证已于2020年到期，未提交延续证明";
  private static final String OBJECTION = "该矿去年发生尾矿泄漏，未按规定上报";
  private static final String UPHELD_BECAUSE = "经现场核实属实，取消其入选资格";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;
  private URI portal;
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    portal = LocalUrl.of(base);
    driver = Browser.start("en");
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    driver.quit();
  }

  @Test
  void aCampaignRunsFromCreationToTheRedList() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    theAdministratorGivesOutTheAccounts();
    String campaignPage = theCuratorCreatesAndOpensTheCampaign(today);

    asMember(MEMBER_A);
    apply(BEST, "山东青山矿业有限公司", 1, "370000", "Shandong", "2035-12-31");
    apply(THIRD, "安徽白岭矿业有限公司", 3, "340000", "Anhui", "2033-06-30");
    logOut();
    asMember(MEMBER_B);
    apply(SECOND, "湖南石门矿业有限公司", 2, "430000", "Hunan", "2034-12-31");
    apply(EXPIRED, "山西北沟煤业有限公司", 4, "140000", "Shanxi", "2020-12-31");
    logOut();

    theCuratorChecksEligibility(campaignPage);
    theApplicantReadsTheReason();
    theCuratorRegistersExpertsAndHasThePanelAssigned(campaignPage);

    Map<String, String> scored = new LinkedHashMap<>();
    for (String expert : EXPERTS) {
      scored.putAll(expertCasts(expert, false));
    }
    assertEquals(6, scored.size(), "two experts score each of the three eligible mines");
    scored.values().forEach(receipt -> assertTrue(receipt.matches("[0-9a-f]{64}"), receipt));

    theCuratorClosesAndReleasesTheScoringRound(campaignPage);
    thePublicSeesTheReleasedResults();
    theCuratorRunsTheApprovalRound(campaignPage);
    theCuratorStartsThePublicNotice(campaignPage, today);
    String objection = aVisitorObjectsOnTheNotice();
    theCuratorUpholdsTheObjection(campaignPage, objection);
    thePublicSeesTheMineRemovedWithTheReason();

    // The notice period has to end before the list can be final; no page moves the portal's
    // clock (a test deployment lets an administrator do it over the API), so this is the one step
    // taken outside the browser.
    PortalHttp admin = new PortalHttp(portal);
    assertEquals(302, admin.login("admin", TestSettings.ADMIN_PASSWORD).statusCode());
    assertEquals(200, admin.postJson("api/admin/clock?days=8", "{}").statusCode());

    String certificate = theCuratorFinalisesTheAwardList(campaignPage, today);
    thePublicFindsTheAwardAndTheRedListEntry(certificate);
    Browser.assertNoScriptErrors(driver);
  }

  private void theAdministratorGivesOutTheAccounts() {
    Browser.logIn(driver, wait, portal, "admin", TestSettings.ADMIN_PASSWORD);
    open("admin/accounts");
    // role check boxes in the order of Role: 0 ADMIN, 1 CURATOR, 2 EXPERT, 3 MEMBER (ticked)
    createAccount(CURATOR, "中国矿业联合会秘书处", 1);
    createAccount(MEMBER_A, "山东青山矿业有限公司");
    createAccount(MEMBER_B, "湖南石门矿业有限公司");
    for (int i = 0; i < EXPERTS.size(); i++) {
      createAccount(EXPERTS.get(i), EXPERT_NAMES.get(i), 2);
    }
    logOut();
  }

  private void createAccount(String username, String displayName, int... roles) {
    type("create:username", username);
    type("create:displayName", displayName);
    type("create:initialPassword", PASSWORD);
    for (int role : roles) {
      clickCss("label[for='create:roles:" + role + "']");
    }
    if (username.equals(CURATOR)) {
      selectMenu("create:association", "CMF", "China Mining Federation");
    }
    click("create:submit");
    waitForText("messages", "Account " + username + " created.");
  }

  /** Returns the address of the curator's page of the new campaign. */
  private String theCuratorCreatesAndOpensTheCampaign(LocalDate today) {
    Browser.logIn(driver, wait, portal, CURATOR, PASSWORD);
    click("curateLink");
    type("newCampaign:slug", SLUG);
    type("newCampaign:year", String.valueOf(today.getYear()));
    type("newCampaign:titleZh", "绿色矿山优秀案例遴选（全流程）");
    type("newCampaign:titleEn", TITLE_EN);
    type("newCampaign:opens_input", today.minusDays(1).toString());
    type("newCampaign:closes_input", today.plusDays(30).toString());
    type("newCampaign:review_input", today.plusDays(90).toString());
    type("newCampaign:quota", "2");
    click("newCampaign:create");
    waitForText("campaignTitle", TITLE_EN);
    assertEquals("Draft", text("campaignState"));
    String campaignPage = driver.getCurrentUrl();

    // a draft is not public yet
    click("campaign:openApplications");
    waitForText("campaign:messages", "The campaign is open for applications within its window.");
    assertEquals("Applications open", text("campaignState"));
    click("curateLink");
    WebElement listed = rowContaining("campaigns", TITLE_EN);
    assertTrue(listed.getText().contains("Applications open"), listed.getText());
    logOut();
    return campaignPage;
  }

  private void asMember(String member) {
    Browser.logIn(driver, wait, portal, member, PASSWORD);
  }

  /** The member finds the campaign among the selections and fills in the whole form. */
  private void apply(
      String mine,
      String enterprise,
      int creditCode,
      String province,
      String provinceName,
      String licenceValidUntil) {
    open("selections");
    click("campaign-" + SLUG);
    waitForText("campaignTitle", TITLE_EN);
    click("applyLink");
    type("apply:mineName", mine);
    type("apply:enterprise", enterprise);
    type("apply:creditCode", CreditCodes.enterprise(creditCode));
    selectMenu("apply:region", province, provinceName);
    type("apply:mineral", "gold");
    selectMenu("apply:method", "UNDERGROUND", "Underground");
    selectMenu("apply:scale", "MEDIUM", "Medium");
    type("apply:licenceNumber", "C370000201" + creditCode);
    type("apply:licenceValidUntil_input", licenceValidUntil);
    type("apply:reserveYears", "12");
    // score and evidence item after item, from the keyboard: Tab moves to the next field
    assertEquals(49, driver.findElements(By.cssSelector("#apply input[id$=':score']")).size());
    StringBuilder keys = new StringBuilder();
    for (int i = 1; i <= 49; i++) {
      keys.append(i == 1 ? "" : Keys.TAB).append("1").append(Keys.TAB).append("监测报告 " + i);
    }
    driver.findElement(By.cssSelector("#apply input[id$=':score']")).sendKeys(keys);
    click("apply:submit");
    waitForText("messages", "Your application for " + mine + " has been submitted.");
    assertTrue(rowOf("applications", mine).getText().contains("Submitted"));
  }

  private void theCuratorChecksEligibility(String campaignPage) {
    Browser.logIn(driver, wait, portal, CURATOR, PASSWORD);
    driver.get(campaignPage);
    // the expired licence shows among the unmet prerequisites; the others meet them all
    WebElement expired = rowOf("campaign:applications", EXPIRED);
    assertTrue(expired.getText().contains("Licences not valid"), expired.getText());
    for (String mine : List.of(BEST, SECOND, THIRD)) {
      assertTrue(rowOf("campaign:applications", mine).getText().contains("All met"), mine);
    }
    rowOf("campaign:applications", EXPIRED)
        .findElement(By.cssSelector("input[id$=':reason']"))
        .sendKeys(INELIGIBLE_REASON);
    rowOf("campaign:applications", EXPIRED)
        .findElement(By.cssSelector("button[id$=':ineligible']"))
        .click();
    waitForText("campaign:messages", EXPIRED + " is not eligible; the applicant sees the reason.");
    for (String mine : List.of(BEST, SECOND, THIRD)) {
      rowOf("campaign:applications", mine)
          .findElement(By.cssSelector("button[id$=':eligible']"))
          .click();
      waitForText("campaign:messages", mine + " is eligible.");
    }
    assertTrue(rowOf("campaign:applications", EXPIRED).getText().contains("Not eligible"));
    logOut();
  }

  private void theApplicantReadsTheReason() {
    asMember(MEMBER_B);
    open("selections");
    click("myApplicationsLink");
    WebElement refused = rowOf("applications", EXPIRED);
    assertEquals("Not eligible", refused.findElement(By.className("application-state")).getText());
    assertEquals(
        INELIGIBLE_REASON, refused.findElement(By.className("application-reason")).getText());
    assertEquals(
        "Eligible",
        rowOf("applications", SECOND).findElement(By.className("application-state")).getText());
    logOut();
  }

  private void theCuratorRegistersExpertsAndHasThePanelAssigned(String campaignPage) {
    Browser.logIn(driver, wait, portal, CURATOR, PASSWORD);
    driver.get(campaignPage);
    // the third expert lives in Shandong, as the best mine: same-province experts are conflicted
    List<String> provinces = List.of("110000", "110000", "370000");
    List<String> provinceNames = List.of("Beijing", "Beijing", "Shandong");
    for (int i = 0; i < EXPERTS.size(); i++) {
      type("campaign:expertUsername", EXPERTS.get(i));
      type("campaign:expertName", EXPERT_NAMES.get(i));
      type("campaign:expertAffiliation", "中国矿业大学");
      type("campaign:expertCreditCode", CreditCodes.enterprise(100 + i));
      selectMenu("campaign:expertProvince", provinces.get(i), provinceNames.get(i));
      type("campaign:expertExpertise", "矿山生态修复");
      click("campaign:register");
      waitForText("campaign:messages", "The expert " + EXPERTS.get(i) + " is registered.");
    }
    assertEquals(3, rows("campaign:experts").size());

    click("campaign:detect");
    waitForText("campaign:messages", "1 conflict(s) added.");
    WebElement conflict = rowOf("campaign:conflicts", EXPERT_NAMES.get(2));
    assertTrue(conflict.getText().contains(BEST), conflict.getText());

    selectMenu("campaign:method", "MEAN", "Mean");
    type("campaign:minScores", "2");
    type("campaign:scoringExperts", "2");
    type("campaign:advanceTop", "2");
    click("campaign:createScoring");
    waitForText("campaign:messages", "The round is created.");
    click("campaign:rounds:0:assign");
    waitForText("campaign:messages", "Round 1: the experts are assigned.");
    List<WebElement> assignments = rows("campaign:assignments");
    assertEquals(6, assignments.size());
    for (WebElement a : assignments) {
      List<WebElement> cells = a.findElements(By.tagName("td"));
      assertFalse(
          cells.get(0).getText().equals(BEST) && cells.get(1).getText().equals(EXPERT_NAMES.get(2)),
          "the conflicted expert is on the panel of " + BEST);
    }
    click("campaign:rounds:0:open");
    waitForText("campaign:messages", "Round 1 is open. Setup fingerprint:");
    assertEquals(
        "Open", rows("campaign:rounds").get(0).findElement(By.className("round-state")).getText());
    assertTrue(
        driver
            .findElement(By.cssSelector("#campaign\\:rounds_data code.fingerprint"))
            .getText()
            .matches("[0-9a-f]{64}"));
    logOut();
  }

  /**
   * The expert opens each assignment on their desk and casts: scores on every item in a scoring
   * round, yes in an approval round. Returns expert / mine → receipt.
   */
  private Map<String, String> expertCasts(String expert, boolean approval) {
    Browser.logIn(driver, wait, portal, expert, PASSWORD);
    click("expertLink");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
    Map<String, String> desk = new LinkedHashMap<>();
    for (WebElement link : driver.findElements(By.cssSelector("#tasks a[id$=':open']"))) {
      desk.put(link.getText(), link.getAttribute("href"));
    }
    Map<String, String> receipts = new LinkedHashMap<>();
    for (var task : desk.entrySet()) {
      String mine = task.getKey();
      driver.get(task.getValue());
      waitForText("ballotHeading", mine);
      if (approval) {
        clickCss("label[for='ballot:vote:0']");
      } else {
        List<WebElement> scores =
            driver.findElements(By.cssSelector("input[id^='ballot:items:'][id$=':score']"));
        assertEquals(49, scores.size());
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < scores.size(); i++) {
          keys.append(i == 0 ? "" : Keys.TAB).append(i < POINTS.get(mine) ? "1" : "0");
        }
        scores.get(0).sendKeys(keys);
      }
      click("ballot:cast");
      waitForText("ballot:messages", "Ballot No. 1 is recorded.");
      receipts.put(expert + " / " + mine, text("lastReceipt"));
    }
    if (!approval) {
      // the conflict found by the rules keeps the Shandong expert off the Shandong mine
      assertEquals(expert.equals(EXPERTS.get(2)), !desk.containsKey(BEST), expert + desk.keySet());
    }
    logOut();
    return receipts;
  }

  private void theCuratorClosesAndReleasesTheScoringRound(String campaignPage) {
    Browser.logIn(driver, wait, portal, CURATOR, PASSWORD);
    driver.get(campaignPage);
    assertTrue(
        text("campaign:rounds_data").contains("3 applications, 6 assignments, 6 ballots in"),
        text("campaign:rounds_data"));
    click("campaign:rounds:0:close");
    waitForText("campaign:messages", "Round 1 is closed and its results are computed.");
    // closed is not released: neither the curator nor the public sees results yet
    assertTrue(driver.findElements(By.id("campaign:results")).isEmpty());
    click("publicPage");
    waitForText("campaignTitle", TITLE_EN);
    assertTrue(driver.findElements(By.id("results")).isEmpty(), "results before release");
    driver.get(campaignPage);
    click("campaign:rounds:0:release");
    waitForText("campaign:messages", "The results of round 1 are released.");
    List<WebElement> results = rows("campaign:results");
    assertEquals(3, results.size());
    assertResult(results.get(0), "1", BEST, "49", "Advances");
    assertResult(results.get(1), "2", SECOND, "40", "Advances");
    assertResult(results.get(2), "3", THIRD, "30", "Does not advance");
    logOut();
  }

  private static void assertResult(
      WebElement row, String rank, String mine, String value, String outcome) {
    List<WebElement> cells = row.findElements(By.tagName("td"));
    assertEquals(rank, cells.get(0).getText(), row.getText());
    assertEquals(mine, cells.get(1).getText(), row.getText());
    assertEquals(value, cells.get(2).getText(), row.getText());
    assertTrue(cells.get(4).getText().startsWith(outcome), row.getText());
  }

  private void thePublicSeesTheReleasedResults() {
    open("selections/" + SLUG);
    String results = text("results");
    assertTrue(results.contains("Round 1"), results);
    assertTrue(results.contains(BEST) && results.contains("Expert A"), results);
    assertTrue(
        rowContaining("results", THIRD).getText().contains("Does not advance"),
        rowContaining("results", THIRD).getText());
    for (String expert : EXPERTS) {
      assertFalse(results.contains(expert), "expert names stay private");
    }
    for (String name : EXPERT_NAMES) {
      assertFalse(results.contains(name), "expert names stay private");
    }
  }

  private void theCuratorRunsTheApprovalRound(String campaignPage) {
    Browser.logIn(driver, wait, portal, CURATOR, PASSWORD);
    driver.get(campaignPage);
    type("campaign:approvalExperts", "2");
    type("campaign:threshold", "2/3");
    type("campaign:quorum", "1/2");
    click("campaign:createApproval");
    waitForText("campaign:messages", "The round is created.");
    assertTrue(
        rows("campaign:rounds").get(1).getText().contains("2 applications"),
        "the two advanced mines enter the approval round");
    click("campaign:rounds:1:assign");
    waitForText("campaign:messages", "Round 2: the experts are assigned.");
    click("campaign:rounds:1:open");
    waitForText("campaign:messages", "Round 2 is open.");
    logOut();

    int votes = 0;
    for (String expert : EXPERTS) {
      votes += expertCasts(expert, true).size();
    }
    assertEquals(4, votes, "two experts vote on each of the two mines");

    Browser.logIn(driver, wait, portal, CURATOR, PASSWORD);
    driver.get(campaignPage);
    click("campaign:rounds:1:close");
    waitForText("campaign:messages", "Round 2 is closed");
    click("campaign:rounds:1:release");
    waitForText("campaign:messages", "The results of round 2 are released.");
    List<WebElement> results = rows("campaign:results");
    assertEquals(2, results.size());
    for (WebElement r : results) {
      assertTrue(r.getText().contains("Advances"), r.getText());
      assertTrue(r.getText().contains("Yes 2, no 0, abstain 0"), r.getText());
    }
  }

  /** The curator, still logged in after the approval round, publishes the proposed list. */
  private void theCuratorStartsThePublicNotice(String campaignPage, LocalDate today) {
    driver.get(campaignPage);
    type("campaign:noticeOpens_input", today.toString());
    type("campaign:noticeCloses_input", today.plusDays(7).toString());
    click("campaign:startNotice");
    waitForText(
        "campaign:messages",
        "The public notice runs from " + today + " to " + today.plusDays(7) + ".");
    assertEquals("Public notice", text("campaignState"));
    logOut();
  }

  /** A visitor, not logged in, reads the proposed list and objects to the second mine. */
  private String aVisitorObjectsOnTheNotice() {
    open("selections/" + SLUG);
    assertEquals(List.of(BEST, SECOND), proposedMines());
    int second = proposedMines().indexOf(SECOND);
    String form = "objection:proposed:" + second + ":";
    driver
        .findElement(
            By.xpath(
                "//div[contains(@class,'proposed')][.//h3[normalize-space()='"
                    + SECOND
                    + "']]//summary"))
        .click();
    type(form + "name", "赵六");
    type(form + "contact", "zhao.liu@example.org");
    type(form + "reason", OBJECTION);
    type(form + "evidence", "当地生态环境局2025年通报");
    click(form + "file");
    waitForText("messages", "Your objection to " + SECOND + " has been recorded as No.");
    Matcher number = Pattern.compile("as No\\. (\\d+)").matcher(text("messages"));
    assertTrue(number.find(), text("messages"));
    return number.group(1);
  }

  private void theCuratorUpholdsTheObjection(String campaignPage, String objection) {
    Browser.logIn(driver, wait, portal, CURATOR, PASSWORD);
    driver.get(campaignPage);
    WebElement row = rowOf("campaign:objections", OBJECTION);
    assertTrue(row.getText().startsWith(objection), row.getText());
    assertTrue(row.getText().contains("zhao.liu@example.org"), "curators see who filed it");
    row.findElement(By.cssSelector("input[id$=':resolution']")).sendKeys(UPHELD_BECAUSE);
    rowOf("campaign:objections", OBJECTION)
        .findElement(By.cssSelector("button[id$=':uphold']"))
        .click();
    waitForText(
        "campaign:messages",
        "Objection No. " + objection + " upheld: the application leaves the list.");
    WebElement upheld = rowOf("campaign:objections", OBJECTION);
    assertEquals("Upheld", upheld.findElement(By.className("objection-state")).getText());
    assertTrue(upheld.getText().contains(UPHELD_BECAUSE), upheld.getText());
    // the notice still runs: nothing can be made final yet
    click("campaign:finalise");
    waitForText("campaign:messages", "The notice runs until");
    logOut();
  }

  private void thePublicSeesTheMineRemovedWithTheReason() {
    open("selections/" + SLUG);
    WebElement removed =
        driver.findElement(
            By.xpath(
                "//div[contains(@class,'proposed')][.//h3[normalize-space()='" + SECOND + "']]"));
    assertTrue(
        removed.getText().contains("Removed from the list: " + UPHELD_BECAUSE), removed.getText());
    String notice = text("notice");
    assertFalse(notice.contains("赵六") || notice.contains("zhao.liu"), "the filer stays private");
  }

  private String theCuratorFinalisesTheAwardList(String campaignPage, LocalDate today) {
    Browser.logIn(driver, wait, portal, CURATOR, PASSWORD);
    driver.get(campaignPage);
    click("campaign:finalise");
    waitForText("campaign:messages", "The award list is final: 1 mine(s) awarded.");
    assertEquals("Final", text("campaignState"));
    List<WebElement> awards = rows("campaign:awards");
    assertEquals(1, awards.size());
    List<WebElement> cells = awards.get(0).findElements(By.tagName("td"));
    String certificate = cells.get(0).getText();
    // numbered on from the association's earlier awards of the year (other tests may have made
    // some)
    assertTrue(certificate.matches("CMF-" + today.getYear() + "-\\d{3}"), certificate);
    assertEquals(BEST, cells.get(1).getText());
    logOut();
    return certificate;
  }

  private void thePublicFindsTheAwardAndTheRedListEntry(String certificate) {
    open("selections/" + SLUG);
    List<WebElement> awards = rows("awardList");
    assertEquals(1, awards.size());
    assertTrue(
        awards.get(0).getText().startsWith(certificate + " " + BEST), awards.get(0).getText());
    assertFalse(text("awards").contains(SECOND), "the mine objected to is not awarded");

    open("redlist");
    assertFalse(text("redlist:entries").contains(SECOND), "only the awarded mine is listed");
    type("redlistWords", BEST);
    click("redlistSubmit");
    wait.until(ExpectedConditions.urlContains("q="));
    List<WebElement> entries = rows("redlist:entries");
    assertEquals(1, entries.size());
    String entry = entries.get(0).getText();
    assertTrue(entry.startsWith(certificate + " " + BEST), entry);
    assertTrue(entry.contains(CreditCodes.enterprise(1)), entry);
    assertTrue(entry.contains("Listed"), entry);
  }

  // --- the browser, as a person uses it

  private void open(String path) {
    driver.get(portal + path);
  }

  private void type(String id, String text) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  private void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  private void clickCss(String selector) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector))).click();
  }

  private String text(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
  }

  private void waitForText(String id, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  private void logOut() {
    click("logoutForm:logout");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginLink")));
  }

  /**
   * Chooses a value of a PrimeFaces select menu through its own widget API, as its item click
   * would; clicking the animated overlay list is unreliable in headless Chromium.
   */
  private void selectMenu(String clientId, String value, String expectedLabel) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(clientId)));
    driver.executeScript(
        "PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);",
        "widget_" + clientId.replace(':', '_'),
        value);
    waitForText(clientId + "_label", expectedLabel);
  }

  /** The rows of a PrimeFaces data table (none when it shows its empty message). */
  private List<WebElement> rows(String tableId) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(tableId)));
    List<WebElement> rows = new ArrayList<>();
    for (WebElement row : driver.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr"))) {
      if (!row.getAttribute("class").contains("ui-datatable-empty-message")) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** The data table row that mentions this text. */
  private WebElement rowOf(String tableId, String text) {
    return wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.xpath(
                "//tbody[@id='"
                    + tableId
                    + "_data']/tr[contains(normalize-space(.), '"
                    + text
                    + "')]")));
  }

  /** The row of a plain table or list inside the element with this id that mentions the text. */
  private WebElement rowContaining(String id, String text) {
    return driver.findElement(
        By.xpath(
            "//*[@id='"
                + id
                + "']//*[self::tr or self::li][contains(normalize-space(.), '"
                + text
                + "')]"));
  }

  private List<String> proposedMines() {
    return driver.findElements(By.cssSelector("#notice .proposed-mine")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
