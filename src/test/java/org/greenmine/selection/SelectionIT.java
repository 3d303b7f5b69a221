package org.greenmine.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.greenmine.identity.entity.Role;
import org.greenmine.testing.ApplicationJson;
import org.greenmine.testing.CreditCodes;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.LocalUrl;
import org.greenmine.testing.PortalHttp;
import org.greenmine.testing.TestAccounts;
import org.greenmine.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole selection through the JSON API, as the pages use the same services: applications,
 * eligibility, experts and conflicts, assignment, a scoring round cast concurrently, secrecy until
 * release, an approval round, the public notice with an objection upheld, awards and the red list.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SelectionIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "Selection-Pass-2026";
  private static final List<String> MEMBERS =
      IntStream.rangeClosed(1, 6).mapToObj(i -> "sel-member-" + i).toList();
  private static final List<String> EXPERTS =
      IntStream.rangeClosed(1, 20).mapToObj(i -> "sel-expert-%02d".formatted(i)).toList();

  /** Provinces of the six mines: two each in Shandong, Hunan and Anhui. */
  private static final List<String> REGIONS =
      List.of("370685", "370683", "430000", "430000", "340000", "340000");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(SelectionIT.class, CreditCodes.class, TestAccounts.class);
  }

  @ArquillianResource URL base;
  @Inject TestAccounts accounts;

  // state between the ordered client-side steps (the client JVM keeps it)
  private static long campaign;
  private static List<String> items = new ArrayList<>();
  private static Map<String, Long> applicationOf = new HashMap<>();
  private static Map<String, Long> expertIdOf = new HashMap<>();
  private static long scoringRound;
  private static long approvalRound;

  /** The accounts, straight into the database (in the container). */
  @Test
  @Order(1)
  void accounts() {
    accounts.createNamed("CMF", List.of("sel-curator"), PASSWORD, Role.CURATOR);
    accounts.createNamed(null, MEMBERS, PASSWORD, Role.MEMBER);
    accounts.createNamed(null, EXPERTS, PASSWORD, Role.EXPERT);
  }

  private PortalHttp as(String username) throws Exception {
    PortalHttp http = new PortalHttp(LocalUrl.of(base));
    String password = username.equals("admin") ? TestSettings.ADMIN_PASSWORD : PASSWORD;
    assertEquals(302, http.login(username, password).statusCode(), username);
    return http;
  }

  private PortalHttp visitor() {
    return new PortalHttp(LocalUrl.of(base));
  }

  private static JsonNode ok(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response.uri() + " → " + response.body());
    return JSON.readTree(response.body());
  }

  private static JsonNode refused(HttpResponse<String> response, int status) throws Exception {
    assertEquals(status, response.statusCode(), response.uri() + " → " + response.body());
    return JSON.readTree(response.body());
  }

  /** A valid unified social credit code, different for each n. */
  static String creditCode(int n) {
    return CreditCodes.enterprise(n);
  }

  private ObjectNode application(int n, String creditCode) {
    return ApplicationJson.of(
        "测试矿山 " + n, "测试矿业有限公司 " + n, creditCode, REGIONS.get(n - 1), "C3700002011" + n, items);
  }

  @Test
  @Order(2)
  @RunAsClient
  void membersApplyWithAValidCreditCodeAndASelfAssessmentForEveryItem() throws Exception {
    JsonNode campaigns = ok(visitor().get("api/selections"));
    campaign = campaigns.get(0).get("id").asLong();
    assertEquals("APPLICATIONS_OPEN", campaigns.get(0).get("state").asText());
    for (JsonNode c : ok(visitor().get("api/selections/" + campaign + "/criteria"))) {
      if (c.get("level").asInt() == 3) {
        items.add(c.get("code").asText());
      }
    }
    assertEquals(49, items.size(), "the 2024 national structure has 49 items");

    PortalHttp first = as(MEMBERS.get(0));
    ObjectNode wrongCode = application(1, creditCode(1).substring(0, 17) + "0");
    JsonNode refusedCode =
        refused(
            first.postJson("api/selections/" + campaign + "/applications", wrongCode.toString()),
            400);
    assertTrue(
        refusedCode.get("error").asText().startsWith("selection.creditCode"),
        refusedCode.toString());
    ObjectNode tooMany = application(1, creditCode(1));
    ((ObjectNode) tooMany.get("scores")).put(items.get(0), 1000);
    refused(
        first.postJson("api/selections/" + campaign + "/applications", tooMany.toString()), 400);
    refused(
        visitor()
            .postJson(
                "api/selections/" + campaign + "/applications",
                application(1, creditCode(1)).toString()),
        403);

    for (int n = 1; n <= MEMBERS.size(); n++) {
      JsonNode applied =
          ok(
              as(MEMBERS.get(n - 1))
                  .postJson(
                      "api/selections/" + campaign + "/applications",
                      application(n, creditCode(n)).toString()));
      assertEquals("SUBMITTED", applied.get("state").asText());
      applicationOf.put(MEMBERS.get(n - 1), applied.get("id").asLong());
    }
    applicantAttachesEvidenceCheckedByContent();
  }

  private static final String EVIDENCE = "%PDF-1.4\n% GreenMine monitoring report\n";
  private static String evidenceDownload;
  private static String assignedExpert;

  private static String attachment(String fileName, byte[] content) {
    ObjectNode file = JSON.createObjectNode();
    file.put("fileName", fileName);
    file.put("content", java.util.Base64.getEncoder().encodeToString(content));
    return file.toString();
  }

  /** The applicant attaches files on their page and by the API; a disguised file is refused. */
  private void applicantAttachesEvidenceCheckedByContent() throws Exception {
    long mine = applicationOf.get(MEMBERS.get(0));
    PortalHttp applicant = as(MEMBERS.get(0));
    String attachUrl = "api/selections/applications/" + mine + "/attachments";
    JsonNode fake =
        refused(
            applicant.postJson(
                attachUrl, attachment("监测报告.pdf", "<script>alert(1)</script>".getBytes())),
            400);
    assertEquals("attachment.type", fake.get("error").asText(), fake.toString());
    assertTrue(
        fake.get("message").asText().contains("is not a PDF, DOCX, XLSX, PNG or JPEG file"),
        fake.toString());
    refused(as(MEMBERS.get(1)).postJson(attachUrl, attachment("x.pdf", EVIDENCE.getBytes())), 404);
    refused(visitor().postJson(attachUrl, attachment("x.pdf", EVIDENCE.getBytes())), 403);

    // on the applicant's page: a refused file says why, an accepted one is listed
    String page = "account/applications?application=" + mine;
    var disguised =
        applicant.upload(page, "attach", "upload", "file", "photo.pdf", new byte[] {1, 2, 3});
    assertTrue(
        disguised.body().contains("photo.pdf is not a PDF, DOCX, XLSX, PNG or JPEG file"),
        disguised.body());
    var uploaded =
        applicant.upload(page, "attach", "upload", "file", "监测报告.pdf", EVIDENCE.getBytes());
    assertTrue(uploaded.body().contains("监测报告.pdf attached."), uploaded.body());
    assertTrue(uploaded.body().contains("class=\"application-attachment\""), uploaded.body());

    JsonNode added = ok(applicant.postJson(attachUrl, attachment("评分表.pdf", EVIDENCE.getBytes())));
    assertEquals("application/pdf", added.get("mediaType").asText(), added.toString());
    JsonNode files = ok(applicant.get(attachUrl));
    assertEquals(2, files.size(), files.toString());
    assertEquals("监测报告.pdf", files.get(0).get("name").asText());
    String download = files.get(0).get("download").asText();
    evidenceDownload = download.substring(download.indexOf("application-attachments/"));
    assertFalse(evidenceDownload.contains("监测"), "stored under a generated name");
  }

  /** Applicant, curators and the experts judging the application read its files; nobody else. */
  private void attachmentsReachOnlyThoseJudgingTheApplication(long mine) throws Exception {
    for (JsonNode a :
        ok(as("sel-curator").get("api/selections/rounds/" + scoringRound + "/assignments"))) {
      if (a.get("application").asLong() == mine) {
        for (var e : expertIdOf.entrySet()) {
          if (e.getValue() == a.get("expert").asLong()) {
            assignedExpert = e.getKey();
          }
        }
      }
    }
    assertTrue(assignedExpert != null, "someone judges the first mine");
    for (String reader : List.of(MEMBERS.get(0), "sel-curator", "admin", assignedExpert)) {
      var file = as(reader).get(evidenceDownload);
      assertEquals(200, file.statusCode(), reader);
      assertEquals(EVIDENCE, file.body(), reader);
      assertTrue(
          file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
          reader);
      assertTrue(
          file.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"),
          reader);
    }
    // EXPERTS[0] is conflicted with the first mine: never, assigned or not
    assertEquals(404, as(EXPERTS.get(0)).get(evidenceDownload).statusCode(), "conflicted expert");
    refused(as(EXPERTS.get(0)).get("api/selections/applications/" + mine + "/attachments"), 404);
    assertEquals(404, as(MEMBERS.get(1)).get(evidenceDownload).statusCode(), "another member");
    assertEquals(404, visitor().get(evidenceDownload).statusCode(), "the public");
    refused(visitor().get("api/selections/applications/" + mine + "/attachments"), 404);

    // listed for curators on the campaign page and for the expert on their desk
    String link = evidenceDownload;
    assertTrue(
        as("sel-curator").get("curate/campaign?id=" + campaign).body().contains(link),
        "curators see the file");
    PortalHttp expert = as(assignedExpert);
    long assignment = -1;
    for (JsonNode a : ok(expert.get("api/selections/assignments"))) {
      if (a.get("application").asLong() == mine) {
        assignment = a.get("id").asLong();
      }
    }
    assertTrue(
        expert.get("expert/index?assignment=" + assignment).body().contains(link),
        "the assigned expert sees the file");
    // once the round judges it, the applicant adds nothing more
    refused(
        as(MEMBERS.get(0))
            .postJson(
                "api/selections/applications/" + mine + "/attachments",
                attachment("late.pdf", EVIDENCE.getBytes())),
        400);
  }

  @Test
  @Order(11)
  @RunAsClient
  void aCuratorCreatesACampaignAsADraftThenOpensIt() throws Exception {
    String draft =
        "{\"slug\":\"cmf-second-2027\",\"year\":2027,\"titleZh\":\"2027年度遴选\","
            + "\"titleEn\":\"2027 selection\",\"applicationsOpen\":\"2027-01-01\","
            + "\"applicationsClose\":\"%s\",\"reviewUntil\":\"2027-06-30\","
            + "\"provinceQuota\":2,\"sameProvinceConflict\":true,\"criteriaSet\":\"%s\"}";
    refused(
        as(MEMBERS.get(0))
            .postJson("api/selections", draft.formatted("2027-03-31", "indicators-2024")),
        403);
    PortalHttp curator = as("sel-curator");
    refused(
        curator.postJson("api/selections", draft.formatted("2026-12-31", "indicators-2024")), 400);
    refused(curator.postJson("api/selections", draft.formatted("2027-03-31", "../secrets")), 400);
    JsonNode created =
        ok(curator.postJson("api/selections", draft.formatted("2027-03-31", "indicators-2024")));
    assertEquals("DRAFT", created.get("state").asText());
    assertFalse(ok(visitor().get("api/selections")).toString().contains("cmf-second-2027"));
    long id = created.get("id").asLong();
    assertEquals(100, criteriaTotal(id), "the criteria set was stored whole");
    assertEquals(
        "APPLICATIONS_OPEN",
        ok(curator.postJson("api/selections/" + id + "/open", "{}")).get("state").asText());
    refused(curator.postJson("api/selections/" + id + "/open", "{}"), 400);
    assertTrue(ok(visitor().get("api/selections")).toString().contains("cmf-second-2027"));
  }

  private int criteriaTotal(long campaignId) throws Exception {
    int total = 0;
    for (JsonNode c : ok(visitor().get("api/selections/" + campaignId + "/criteria"))) {
      if (c.get("level").asInt() == 1) {
        total += c.get("maxPoints").asInt();
      }
    }
    return total;
  }

  @Test
  @Order(3)
  @RunAsClient
  void theCuratorDecidesEligibilityWithAReasonTheApplicantSees() throws Exception {
    PortalHttp curator = as("sel-curator");
    refused(
        curator.postJson(
            "api/selections/applications/" + applicationOf.get(MEMBERS.get(5)) + "/eligibility",
            "{\"eligible\":false}"),
        400);
    for (int n = 0; n < 5; n++) {
      ok(
          curator.postJson(
              "api/selections/applications/" + applicationOf.get(MEMBERS.get(n)) + "/eligibility",
              "{\"eligible\":true}"));
    }
    ok(
        curator.postJson(
            "api/selections/applications/" + applicationOf.get(MEMBERS.get(5)) + "/eligibility",
            "{\"eligible\":false,\"reason\":\"采矿许可证已过期\"}"));
    JsonNode mine = ok(as(MEMBERS.get(5)).get("api/selections/applications/mine"));
    assertEquals("INELIGIBLE", mine.get(0).get("state").asText());
    assertEquals("采矿许可证已过期", mine.get(0).get("reason").asText());
    // a member is no curator
    refused(
        as(MEMBERS.get(0))
            .postJson(
                "api/selections/applications/" + applicationOf.get(MEMBERS.get(0)) + "/eligibility",
                "{\"eligible\":true}"),
        403);
  }

  @Test
  @Order(4)
  @RunAsClient
  void expertsAreRegisteredAndConflictsFound() throws Exception {
    PortalHttp curator = as("sel-curator");
    for (int i = 0; i < EXPERTS.size(); i++) {
      ObjectNode expert = JSON.createObjectNode();
      expert.put("username", EXPERTS.get(i));
      expert.put("displayName", "专家 " + i);
      expert.put("affiliation", i == 0 ? "测试矿业有限公司 1" : "某大学 " + i);
      // the first expert works for the first applicant's enterprise
      expert.put("affiliationCreditCode", i == 0 ? creditCode(1) : creditCode(100 + i));
      expert.put("provinceCode", i == 1 ? "430000" : "110000");
      expertIdOf.put(
          EXPERTS.get(i),
          ok(curator.postJson("api/selections/experts", expert.toString())).get("id").asLong());
    }
    JsonNode found = ok(curator.postJson("api/selections/" + campaign + "/conflicts/detect", "{}"));
    // same enterprise (expert 1 / mine 1), same province (expert 2 / the two Hunan mines)
    assertEquals(3, found.get("added").asInt(), found.toString());
    // an expert declares one more, with a reason
    ok(
        as(EXPERTS.get(2))
            .postJson(
                "api/selections/applications/" + applicationOf.get(MEMBERS.get(4)) + "/conflicts",
                "{\"reason\":\"曾为该矿提供咨询\"}"));
  }

  @Test
  @Order(5)
  @RunAsClient
  void aScoringRoundIsAssignedWithoutConflictsOpenedAndFrozen() throws Exception {
    PortalHttp curator = as("sel-curator");
    JsonNode round =
        ok(
            curator.postJson(
                "api/selections/" + campaign + "/rounds",
                "{\"type\":\"SCORING\",\"method\":\"TRIMMED_MEAN\",\"minScores\":3,"
                    + "\"expertsPerApplication\":6,\"advanceTop\":3,\"tiePolicy\":\"ALL_ADVANCE\"}"));
    scoringRound = round.get("id").asLong();
    assertEquals(5, round.get("applications").asInt(), "only eligible applications enter");
    JsonNode assigned =
        ok(curator.postJson("api/selections/rounds/" + scoringRound + "/assign", "{}"));
    assertEquals(List.of(), JSON.convertValue(assigned.get("problems"), List.class));
    assertEquals(30, assigned.get("assignments").asInt());
    // a curator's change is checked by the same rules: a conflicted expert is refused
    long mineOne = applicationOf.get(MEMBERS.get(0));
    long someone = -1;
    for (JsonNode a : ok(curator.get("api/selections/rounds/" + scoringRound + "/assignments"))) {
      if (a.get("application").asLong() == mineOne) {
        someone = a.get("expert").asLong();
      }
    }
    JsonNode adjusted =
        ok(
            curator.postJson(
                "api/selections/rounds/" + scoringRound + "/adjust",
                "{\"application\":%d,\"remove\":%d,\"add\":%d}"
                    .formatted(mineOne, someone, expertIdOf.get(EXPERTS.get(0)))));
    assertTrue(adjusted.get("problems").toString().contains("conflict"), adjusted.toString());
    // the same on the curator's page: each assignment offers the panel's experts as replacements
    String campaignPage = "curate/campaign?id=" + campaign;
    var page = curator.get(campaignPage);
    assertTrue(page.body().contains("campaign:assignments:0:replacement"), "replacement choice");
    var replaced =
        curator.ajaxOn(
            page,
            campaignPage,
            "campaign",
            "assignments:0:replace",
            Map.of("assignments:0:replacement", String.valueOf(expertIdOf.get(EXPERTS.get(0)))));
    assertEquals(200, replaced.statusCode());
    assertTrue(
        replaced.body().contains("Nothing was changed") || replaced.body().contains("panel of"),
        replaced.body());
    JsonNode opened = ok(curator.postJson("api/selections/rounds/" + scoringRound + "/open", "{}"));
    assertTrue(opened.get("fingerprint").asText().matches("[0-9a-f]{64}"), opened.toString());
    refused(curator.postJson("api/selections/rounds/" + scoringRound + "/assign", "{}"), 400);

    // the conflicted experts were never given the applications they are conflicted with
    Set<Long> first = assignedApplications(as(EXPERTS.get(0)));
    assertFalse(first.contains(applicationOf.get(MEMBERS.get(0))), first.toString());
    Set<Long> third = assignedApplications(as(EXPERTS.get(2)));
    assertFalse(third.contains(applicationOf.get(MEMBERS.get(4))), third.toString());
    attachmentsReachOnlyThoseJudgingTheApplication(mineOne);
  }

  private static Set<Long> assignedApplications(PortalHttp expert) throws Exception {
    Set<Long> applications = new HashSet<>();
    ok(expert.get("api/selections/assignments"))
        .forEach(a -> applications.add(a.get("application").asLong()));
    return applications;
  }

  private String scores(int points) {
    ObjectNode ballot = JSON.createObjectNode();
    ObjectNode scores = ballot.putObject("scores");
    for (int i = 0; i < items.size(); i++) {
      scores.put(items.get(i), i < points ? 1 : 0);
    }
    return ballot.toString();
  }

  @Test
  @Order(6)
  @RunAsClient
  void twentyExpertsCastAtOnceAndEachBallotCountsOnce() throws Exception {
    Map<String, PortalHttp> sessions = new HashMap<>();
    Map<String, List<JsonNode>> work = new HashMap<>();
    int total = 0;
    for (String expert : EXPERTS) {
      PortalHttp http = as(expert);
      sessions.put(expert, http);
      List<JsonNode> assignments = new ArrayList<>();
      ok(http.get("api/selections/assignments")).forEach(assignments::add);
      work.put(expert, assignments);
      total += assignments.size();
    }
    assertEquals(30, total);

    // before anyone casts: curators see counts only, never contents
    PortalHttp curator = as("sel-curator");
    JsonNode progress = ok(curator.get("api/selections/rounds/" + scoringRound + "/progress"));
    assertEquals(0, progress.get("ballotsIn").asInt());
    refused(curator.get("api/selections/rounds/" + scoringRound + "/results"), 400);

    ExecutorService threads = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> casts = new ArrayList<>();
    for (String expert : EXPERTS) {
      casts.add(
          threads.submit(
              () -> {
                start.await();
                int cast = 0;
                for (JsonNode a : work.get(expert)) {
                  long application = a.get("application").asLong();
                  // each mine's score depends on its number: mine 1 best, mine 5 worst
                  int points = 45 - 5 * MEMBERS.indexOf(memberOf(application));
                  ok(
                      sessions
                          .get(expert)
                          .postJson(
                              "api/selections/assignments/" + a.get("id").asLong() + "/ballots",
                              scores(points)));
                  cast++;
                }
                return cast;
              }));
    }
    start.countDown();
    int cast = 0;
    for (Future<Integer> f : casts) {
      cast += f.get();
    }
    assertEquals(30, cast);
    assertEquals(
        30,
        ok(curator.get("api/selections/rounds/" + scoringRound + "/progress"))
            .get("ballotsIn")
            .asInt());

    // the same expert submitting twice at once: two ballots kept, exactly one counts
    String expert = EXPERTS.get(5);
    long assignment = work.get(expert).get(0).get("id").asLong();
    ExecutorService twice = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<JsonNode>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      PortalHttp own = as(expert);
      both.add(
          twice.submit(
              (Callable<JsonNode>)
                  () -> {
                    go.await();
                    return ok(
                        own.postJson(
                            "api/selections/assignments/" + assignment + "/ballots", scores(40)));
                  }));
    }
    go.countDown();
    Set<String> receipts = new HashSet<>();
    for (Future<JsonNode> f : both) {
      receipts.add(f.get().get("receipt").asText());
    }
    assertEquals(2, receipts.size());
    JsonNode mine =
        ok(sessions.get(expert).get("api/selections/assignments/" + assignment + "/ballots"));
    assertEquals(3, mine.size(), "every ballot is kept");
    long counting = 0;
    for (JsonNode b : mine) {
      counting += b.get("counting").asBoolean() ? 1 : 0;
    }
    assertEquals(1, counting, mine.toString());
    assertEquals(
        30,
        ok(curator.get("api/selections/rounds/" + scoringRound + "/progress"))
            .get("ballotsIn")
            .asInt());

    // a receipt checks out for its expert, and is unknown to anyone else
    String receipt = mine.get(0).get("receipt").asText();
    assertTrue(
        ok(sessions.get(expert).get("api/selections/receipts/" + receipt))
            .get("counting")
            .asBoolean());
    refused(sessions.get(EXPERTS.get(6)).get("api/selections/receipts/" + receipt), 404);
    // nobody sees another expert's ballots
    refused(
        sessions.get(EXPERTS.get(6)).get("api/selections/assignments/" + assignment + "/ballots"),
        404);
    refused(visitor().get("api/selections/assignments/" + assignment + "/ballots"), 403);
    String othersPage =
        sessions.get(EXPERTS.get(6)).get("expert/index?assignment=" + assignment).body();
    assertFalse(othersPage.contains(receipt), "another expert's receipt on the expert page");
    String curatorPage = curator.get("curate/campaign?id=" + campaign).body();
    assertFalse(curatorPage.contains(receipt), "a receipt on the curator's page before release");
    assertFalse(
        curatorPage.contains("class=\"scores\""), "scores on the curator's page before release");
    assertFalse(
        visitor()
            .get("selections/cmf-excellent-mines-2026")
            .body()
            .contains("<section id=\"results\">"),
        "results on the public page before release");
  }

  @Test
  @Order(7)
  @RunAsClient
  void anExpertScoresInTheBrowserAndGetsAReceipt() throws Exception {
    String receipt =
        SelectionBrowser.scoreFirstAssignment(
            LocalUrl.of(base), EXPERTS.get(7), PASSWORD, items.size());
    assertTrue(receipt.matches("(?s).*[0-9a-f]{64}.*"), receipt);
    // the browser's ballot superseded the earlier one: still 30 counting ballots
    PortalHttp curator = as("sel-curator");
    assertEquals(
        30,
        ok(curator.get("api/selections/rounds/" + scoringRound + "/progress"))
            .get("ballotsIn")
            .asInt());
  }

  private static String memberOf(long application) {
    return applicationOf.entrySet().stream()
        .filter(e -> e.getValue() == application)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  @Test
  @Order(8)
  @RunAsClient
  void afterCloseBallotsAreRefusedAndResultsWaitForRelease() throws Exception {
    PortalHttp curator = as("sel-curator");
    ok(curator.postJson("api/selections/rounds/" + scoringRound + "/close", "{}"));
    PortalHttp expert = as(EXPERTS.get(3));
    List<JsonNode> assignments = new ArrayList<>();
    ok(expert.get("api/selections/assignments")).forEach(assignments::add);
    assertTrue(assignments.isEmpty(), "no open round any more");
    refused(curator.get("api/selections/rounds/" + scoringRound + "/results"), 400);

    assertEquals(0, ok(visitor().get("api/selections/" + campaign + "/results")).size());
    ok(curator.postJson("api/selections/rounds/" + scoringRound + "/release", "{}"));
    // the round is over: its experts no longer read the application's files
    assertEquals(404, as(assignedExpert).get(evidenceDownload).statusCode(), "after release");
    // the public sees the results with the experts as letters only
    JsonNode published = ok(visitor().get("api/selections/" + campaign + "/results"));
    String publicPage = visitor().language("en").get("selections/cmf-excellent-mines-2026").body();
    assertTrue(
        publicPage.contains("<section id=\"results\">"), "released results on the public page");
    assertTrue(publicPage.contains("Expert A"), "experts as letters on the public page");
    assertFalse(publicPage.contains("sel-expert"), "no expert names on the public page");
    assertEquals(1, published.size());
    assertFalse(published.toString().contains("sel-expert"), published.toString());
    assertTrue(published.toString().contains("\"alias\":\"A\""), published.toString());
    JsonNode results = ok(curator.get("api/selections/rounds/" + scoringRound + "/results"));
    assertEquals(30, results.get("ballots").size(), "after release curators see every score");
    List<Long> advanced = new ArrayList<>();
    for (JsonNode r : results.get("results")) {
      if (r.get("outcome").asText().equals("ADVANCED")) {
        advanced.add(r.get("application").asLong());
      }
    }
    assertEquals(
        Set.of(
            applicationOf.get(MEMBERS.get(0)),
            applicationOf.get(MEMBERS.get(1)),
            applicationOf.get(MEMBERS.get(2))),
        new HashSet<>(advanced),
        results.toString());
  }

  @Test
  @Order(9)
  @RunAsClient
  void anApprovalRoundDecidesWithThresholdAndQuorum() throws Exception {
    PortalHttp curator = as("sel-curator");
    JsonNode round =
        ok(
            curator.postJson(
                "api/selections/" + campaign + "/rounds",
                "{\"type\":\"APPROVAL\",\"expertsPerApplication\":3,\"threshold\":\"2/3\",\"quorum\":\"2/3\"}"));
    approvalRound = round.get("id").asLong();
    assertEquals(
        3, round.get("applications").asInt(), "the previous round's results feed this one");
    ok(curator.postJson("api/selections/rounds/" + approvalRound + "/assign", "{}"));
    ok(curator.postJson("api/selections/rounds/" + approvalRound + "/open", "{}"));
    for (String expert : EXPERTS) {
      PortalHttp http = as(expert);
      for (JsonNode a : ok(http.get("api/selections/assignments"))) {
        ok(
            http.postJson(
                "api/selections/assignments/" + a.get("id").asLong() + "/ballots",
                "{\"vote\":\"YES\"}"));
      }
    }
    ok(curator.postJson("api/selections/rounds/" + approvalRound + "/close", "{}"));
    ok(curator.postJson("api/selections/rounds/" + approvalRound + "/release", "{}"));
    JsonNode results = ok(curator.get("api/selections/rounds/" + approvalRound + "/results"));
    for (JsonNode r : results.get("results")) {
      assertEquals("ADVANCED", r.get("outcome").asText(), r.toString());
      // stored as a key with arguments; the API speaks English
      assertEquals("Yes 3, no 0, abstain 0", r.get("explanation").asText(), r.toString());
    }
    // the pages say it in the reader's language: curators and the public
    String curatorPage = curator.language("zh").get("curate/campaign?id=" + campaign).body();
    assertTrue(curatorPage.contains("赞成 3，反对 0，弃权 0"), "explanation in Chinese for curators");
    assertFalse(curatorPage.contains("selection.result."), "no raw keys for curators");
    String publicPage = visitor().language("zh").get("selections/cmf-excellent-mines-2026").body();
    assertTrue(publicPage.contains("赞成 3，反对 0，弃权 0"), "explanation in Chinese for the public");
    assertFalse(publicPage.contains("selection.result."), "no raw keys for the public");
    JsonNode published = ok(visitor().get("api/selections/" + campaign + "/results"));
    assertTrue(
        published.toString().contains("\"explanation\":\"Yes 3, no 0, abstain 0\""),
        published.toString());
  }

  @Test
  @Order(10)
  @RunAsClient
  void theNoticeTakesObjectionsAndTheAwardsEnterTheRedList() throws Exception {
    PortalHttp curator = as("sel-curator");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    ok(
        curator.postJson(
            "api/selections/" + campaign + "/notice",
            "{\"opens\":\"" + today + "\",\"closes\":\"" + today.plusDays(7) + "\"}"));
    JsonNode proposed = ok(visitor().get("api/selections/" + campaign + "/proposed"));
    assertEquals(3, proposed.size());

    long objected = applicationOf.get(MEMBERS.get(2));
    JsonNode objection =
        ok(
            visitor()
                .postJson(
                    "api/selections/applications/" + objected + "/objections",
                    "{\"name\":\"张三\",\"contact\":\"zhang@example.org\","
                        + "\"reason\":\"该矿去年发生尾矿泄漏\"}"));
    refused(curator.postJson("api/selections/" + campaign + "/awards", "{}"), 400); // still running

    // a visitor objects through the public page as well; the curator dismisses that one
    SelectionBrowser.objectToFirstProposed(
        LocalUrl.of(base), "cmf-excellent-mines-2026", "王五", "13800000000", "排土场未按方案复垦");
    JsonNode objections = ok(curator.get("api/selections/" + campaign + "/objections"));
    assertEquals(2, objections.size(), objections.toString());
    for (JsonNode o : objections) {
      if (o.get("reason").asText().equals("排土场未按方案复垦")) {
        ok(
            curator.postJson(
                "api/selections/objections/" + o.get("id").asLong() + "/resolution",
                "{\"upheld\":false,\"resolution\":\"经核查复垦已按计划完成\"}"));
      }
    }

    // a flood from one address is cut off after five in an hour (two came from here already)
    String flood = "{\"name\":\"刷屏\",\"contact\":\"x@example.org\",\"reason\":\"重复异议\"}";
    for (int i = 0; i < 3; i++) {
      ok(visitor().postJson("api/selections/applications/" + objected + "/objections", flood));
    }
    JsonNode throttled =
        refused(
            visitor().postJson("api/selections/applications/" + objected + "/objections", flood),
            400);
    assertEquals("selection.objection.throttled", throttled.get("error").asText());
    for (JsonNode o : ok(curator.get("api/selections/" + campaign + "/objections"))) {
      if (o.get("reason").asText().equals("重复异议")) {
        ok(
            curator.postJson(
                "api/selections/objections/" + o.get("id").asLong() + "/resolution",
                "{\"upheld\":false,\"resolution\":\"重复提交\"}"));
      }
    }
    ok(
        curator.postJson(
            "api/selections/objections/" + objection.get("id").asLong() + "/resolution",
            "{\"upheld\":true,\"resolution\":\"经核实属实，取消其入选资格\"}"));
    JsonNode afterObjection = ok(visitor().get("api/selections/" + campaign + "/proposed"));
    for (JsonNode a : afterObjection) {
      if (a.get("id").asLong() == objected) {
        assertEquals("REMOVED", a.get("state").asText());
        assertEquals("经核实属实，取消其入选资格", a.get("reason").asText());
      }
    }
    // the filer's identity is never shown to the public
    assertFalse(afterObjection.toString().contains("zhang@example.org"));

    // eight days later the notice period is over
    ok(as("admin").postJson("api/admin/clock?days=8", "{}"));
    refused(
        visitor()
            .postJson(
                "api/selections/applications/" + applicationOf.get(MEMBERS.get(0)) + "/objections",
                "{\"name\":\"李四\",\"contact\":\"li@example.org\",\"reason\":\"迟到的异议\"}"),
        400);
    JsonNode awards = ok(curator.postJson("api/selections/" + campaign + "/awards", "{}"));
    assertEquals(2, awards.size(), awards.toString());

    JsonNode redList = ok(visitor().get("api/redlist"));
    assertEquals(2, redList.size(), redList.toString());
    assertTrue(redList.toString().contains(creditCode(1)));
    assertFalse(redList.toString().contains(creditCode(3)), "the objected mine is not listed");
    SelectionBrowser.RedListView seen =
        SelectionBrowser.searchRedList(LocalUrl.of(base), creditCode(1));
    assertTrue(seen.table().contains("测试矿山 1"), seen.table());
    assertFalse(seen.table().contains("测试矿山 2"), seen.table());
    assertTrue(seen.csvHref().contains(creditCode(1)), seen.csvHref());
    // managed over time: suspended with a date to fix by, then removed; the history keeps both
    long entry = -1;
    for (JsonNode e : redList) {
      if (e.get("creditCode").asText().equals(creditCode(2))) {
        entry = e.get("id").asLong();
      }
    }
    refused(
        visitor()
            .postJson(
                "api/redlist/" + entry + "/status", "{\"status\":\"REMOVED\",\"reason\":\"x\"}"),
        403);
    refused(
        curator.postJson(
            "api/redlist/" + entry + "/status", "{\"status\":\"SUSPENDED\",\"reason\":\"废水超标\"}"),
        400); // a suspension needs the date to fix by
    String fixBy = today.plusMonths(6).toString();
    JsonNode suspended =
        ok(
            curator.postJson(
                "api/redlist/" + entry + "/status",
                "{\"status\":\"SUSPENDED\",\"reason\":\"废水超标\",\"fixBy\":\"" + fixBy + "\"}"));
    assertEquals("SUSPENDED", suspended.get("status").asText());
    assertEquals(fixBy, suspended.get("fixBy").asText());
    ok(
        curator.postJson(
            "api/redlist/" + entry + "/status", "{\"status\":\"REMOVED\",\"reason\":\"整改期满未达标\"}"));
    refused(
        curator.postJson(
            "api/redlist/" + entry + "/status", "{\"status\":\"LISTED\",\"reason\":\"y\"}"),
        400); // removal is final
    assertEquals(1, ok(visitor().get("api/redlist")).size());
    assertEquals(2, ok(visitor().get("api/redlist?all=true")).size());
    JsonNode history = ok(visitor().get("api/redlist/" + entry + "/history"));
    assertEquals(3, history.size(), history.toString());
    assertEquals("REMOVED", history.get(2).get("status").asText());

    HttpResponse<String> csv = visitor().get("api/redlist/csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().contains("测试矿山 1"));
    assertNotEquals(
        -1, csv.headers().firstValue("Content-Disposition").orElse("").indexOf("attachment"));
  }
}
