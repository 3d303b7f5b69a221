package org.greenmine.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenmine.identity.entity.Role;
import org.greenmine.testing.ApplicationJson;
import org.greenmine.testing.CreditCodes;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.LocalMailLifecycle;
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
 * Mail to people through a real SMTP server (GreenMail in the test JVM): a curator's eligibility
 * decision mails the applicant once, in Chinese then English; with the mail server down the mail
 * waits and is retried, and arrives exactly once when the server is back.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "Mail-Test-Pass-2026";
  private static final String CURATOR = "mail-curator";
  private static final List<String> MEMBERS = List.of("mail-member-1", "mail-member-2");
  private static final List<String> EXPERTS =
      List.of("mail-expert-1", "mail-expert-2", "mail-expert-3");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(MailIT.class, TestAccounts.class, CreditCodes.class);
  }

  @ArquillianResource URL base;
  @Inject TestAccounts accounts;

  private static long campaign;
  private static final List<String> items = new ArrayList<>();

  static String emailOf(String member) {
    return member + "@greenmine.test";
  }

  /** The accounts, straight into the database (in the container), the members with addresses. */
  @Test
  @Order(1)
  void accounts() {
    accounts.createNamed("CMF", List.of(CURATOR), PASSWORD, Role.CURATOR);
    accounts.createNamed(null, MEMBERS, PASSWORD, Role.MEMBER);
    MEMBERS.forEach(m -> accounts.setEmail(m, emailOf(m)));
    accounts.createNamed(null, EXPERTS, PASSWORD, Role.EXPERT);
    EXPERTS.forEach(e -> accounts.setEmail(e, emailOf(e)));
  }

  @Test
  @Order(2)
  @RunAsClient
  void anEligibilityDecisionMailsTheApplicantOnceInBothLanguages() throws Exception {
    openCampaign();
    long application = apply(MEMBERS.get(0), 1);
    decide(application, "{\"eligible\":false,\"reason\":\"采矿许可证已过期\"}");

    MimeMessage mail = awaitOnly(emailOf(MEMBERS.get(0)));
    String subject = mail.getSubject();
    String body = String.valueOf(mail.getContent());
    assertTrue(subject.contains("资格审查结果") && subject.contains("Eligibility decision"), subject);
    assertTrue(body.contains("未通过资格审查"), body);
    assertTrue(body.contains("did not pass the eligibility check"), body);
    assertTrue(body.indexOf("未通过资格审查") < body.indexOf("did not pass"), "Chinese first");
    assertTrue(body.contains("采矿许可证已过期"), "the curator's reason: " + body);
    assertTrue(body.contains("/account/applications"), body);
    assertEquals("portal@greenmine.test", mail.getFrom()[0].toString());

    JsonNode sent = mailFor(emailOf(MEMBERS.get(0)));
    assertEquals("SENT", sent.get("state").asText(), sent.toString());
    // the administrators' mailbox page lists it with its state
    HttpResponse<String> page = admin().get("admin/mail");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(emailOf(MEMBERS.get(0))), page.body());
    assertTrue(page.body().contains("mail-SENT"), page.body());
    // a member is no administrator: the mailbox is not theirs to read
    assertEquals(403, as(MEMBERS.get(0)).get("api/admin/mail").statusCode());
  }

  @Test
  @Order(3)
  @RunAsClient
  void aMailServerOutageDelaysTheMailButLosesNothingAndSendsItOnce() throws Exception {
    if (campaign == 0) {
      openCampaign();
    }
    String member = MEMBERS.get(1);
    long application = apply(member, 2);
    LocalMailLifecycle.takeMailDown();
    try {
      // the decision goes through although no mail can leave now
      decide(application, "{\"eligible\":true}");
      JsonNode waiting = awaitMail(emailOf(member), m -> m.get("attempts").asInt() >= 2);
      assertEquals("PENDING", waiting.get("state").asText(), waiting.toString());
      assertTrue(waiting.get("lastError").asText().contains("unavailable"), waiting.toString());
      JsonNode outbox = ok(admin().get("api/admin/mail"));
      assertTrue(outbox.get("outageSince").isNumber(), outbox.toString());
      assertTrue(LocalMailLifecycle.receivedBy(emailOf(member)).isEmpty());
    } finally {
      LocalMailLifecycle.startAgain();
    }
    MimeMessage mail = awaitOnly(emailOf(member));
    String body = String.valueOf(mail.getContent());
    assertTrue(body.contains("已通过资格审查") && body.contains("has passed"), body);
    assertEquals("SENT", mailFor(emailOf(member)).get("state").asText());
  }

  @Test
  @Order(4)
  @RunAsClient
  void assignedExpertsHearOfTheRoundAndThoseOwingBallotsAreRemindedOnceBeforeTheClose()
      throws Exception {
    if (campaign == 0) {
      openCampaign();
    }
    PortalHttp curator = as(CURATOR);
    // a second eligible application (the first is the outage test's): two applications, one
    // expert each, three experts registered, so one expert is left out
    decide(apply(MEMBERS.get(0), 3), "{\"eligible\":true}");
    Map<Long, String> expertById = new HashMap<>();
    for (int i = 0; i < EXPERTS.size(); i++) {
      ObjectNode expert = JSON.createObjectNode();
      expert.put("username", EXPERTS.get(i));
      expert.put("displayName", "专家 " + i);
      expert.put("affiliation", "某大学 " + i);
      expert.put("affiliationCreditCode", CreditCodes.enterprise(700 + i));
      expert.put("provinceCode", "110000");
      expertById.put(
          ok(curator.postJson("api/selections/experts", expert.toString())).get("id").asLong(),
          EXPERTS.get(i));
    }
    long round =
        ok(curator.postJson(
                "api/selections/" + campaign + "/rounds",
                "{\"type\":\"SCORING\",\"method\":\"TRIMMED_MEAN\",\"minScores\":1,"
                    + "\"expertsPerApplication\":1,\"advanceTop\":1,\"tiePolicy\":\"ALL_ADVANCE\"}"))
            .get("id")
            .asLong();
    assertEquals(
        List.of(),
        JSON.convertValue(
            ok(curator.postJson("api/selections/rounds/" + round + "/assign", "{}"))
                .get("problems"),
            List.class));
    Set<String> assigned = new TreeSet<>();
    for (JsonNode a : ok(curator.get("api/selections/rounds/" + round + "/assignments"))) {
      assigned.add(expertById.get(a.get("expert").asLong()));
    }
    assertEquals(2, assigned.size(), assigned.toString());
    ok(curator.postJson("api/selections/rounds/" + round + "/open", "{}"));

    for (String expert : assigned) {
      String body = String.valueOf(awaitOnly(emailOf(expert)).getContent());
      assertTrue(body.contains("第 1 轮评审已开始") && body.contains("round 1 of"), body);
      assertTrue(body.contains(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60).toString()));
    }
    String unassigned =
        EXPERTS.stream().filter(e -> !assigned.contains(e)).findFirst().orElseThrow();
    assertTrue(LocalMailLifecycle.receivedBy(emailOf(unassigned)).isEmpty());

    // one of the two casts their ballot; the other does not
    String diligent = assigned.iterator().next();
    String late = assigned.stream().filter(e -> !e.equals(diligent)).findFirst().orElseThrow();
    PortalHttp expert = as(diligent);
    ObjectNode ballot = JSON.createObjectNode();
    ObjectNode scores = ballot.putObject("scores");
    items.forEach(item -> scores.put(item, 1));
    for (JsonNode a : ok(expert.get("api/selections/assignments"))) {
      ok(
          expert.postJson(
              "api/selections/assignments/" + a.get("id").asLong() + "/ballots",
              ballot.toString()));
    }

    // two days before the close: no reminder; the day before: one, to the expert who owes it
    PortalHttp admin = admin();
    ok(admin.post("api/admin/clock?days=58", Map.of()));
    runJob(admin, "review-reminders");
    Thread.sleep(2_000);
    assertEquals(1, LocalMailLifecycle.receivedBy(emailOf(late)).size());
    ok(admin.post("api/admin/clock?days=1", Map.of()));
    runJob(admin, "review-reminders");
    runJob(admin, "review-reminders");
    long until = System.currentTimeMillis() + 30_000;
    while (LocalMailLifecycle.receivedBy(emailOf(late)).size() < 2
        && System.currentTimeMillis() < until) {
      Thread.sleep(200);
    }
    Thread.sleep(2_000);
    List<MimeMessage> toLate = LocalMailLifecycle.receivedBy(emailOf(late));
    assertEquals(2, toLate.size(), "the round mail and one reminder");
    String reminder = String.valueOf(toLate.get(1).getContent());
    assertTrue(reminder.contains("尚未提交评审意见") && reminder.contains("no ballot from you"));
    assertEquals(1, LocalMailLifecycle.receivedBy(emailOf(diligent)).size(), "no reminder");
  }

  @Test
  @Order(5)
  @RunAsClient
  void theCommenterHearsHowTheirCommentOnADraftWasResolved() throws Exception {
    PortalHttp curator = as(CURATOR);
    String code = "T/CMF " + (100 + new java.util.Random().nextInt(899)) + "-2026";
    String slug = code.replace("/", "-").replace(" ", "-");
    var proposed =
        curator.submit(
            "curate/index",
            "propose",
            "submit",
            Map.of("code", code, "titleZh", "尾矿库闭库规范", "titleEn", "Tailings pond closure"));
    assertEquals(302, proposed.statusCode(), proposed.body());
    Matcher id =
        Pattern.compile("[?&]id=(\\d+)")
            .matcher(proposed.headers().firstValue("Location").orElse(""));
    assertTrue(id.find());
    String edit = "curate/edit?id=" + id.group(1);
    LocalDate today = LocalDate.now();
    var period =
        curator.ajax(
            edit,
            "edit",
            "setPeriod",
            Map.of(
                "opens_input", today.minusDays(1).toString(),
                "closes_input", today.plusDays(30).toString()));
    assertTrue(period.body().contains("Comment period set."), period.body());
    for (int i = 0; i < 3; i++) {
      assertTrue(
          curator.ajax(edit, "edit", "stages:0:stageMove", Map.of()).body().contains("Moved to"));
    }
    assertTrue(
        curator.ajax(edit, "edit", "publish", Map.of()).body().contains("Moved to Published."));

    String commenter = MEMBERS.get(1);
    int before = LocalMailLifecycle.receivedBy(emailOf(commenter)).size();
    var commented =
        as(commenter)
            .submit(
                "standards/" + slug,
                "comment",
                "submit",
                Map.of(
                    "clause", "4.2",
                    "type_input", "TECHNICAL",
                    "text", "坡度限值应与尾矿粒径相关。",
                    "proposedChange", ""));
    assertEquals(302, commented.statusCode());
    assertTrue(
        curator
            .ajax(edit, "edit", "stages:1:stageMove", Map.of())
            .body()
            .contains("Technical review"));
    String commentsPage = "curate/comments?standard=" + id.group(1);
    var resolved =
        curator.ajax(
            commentsPage,
            "resolve",
            "table:0:save",
            Map.of(
                "table:0:disposition_input", "PARTLY_ACCEPTED",
                "table:0:reason", "已按两档粒径补充限值"));
    assertTrue(resolved.body().contains("resolved"), resolved.body());

    long until = System.currentTimeMillis() + 60_000;
    while (LocalMailLifecycle.receivedBy(emailOf(commenter)).size() <= before
        && System.currentTimeMillis() < until) {
      Thread.sleep(200);
    }
    Thread.sleep(2_000);
    List<MimeMessage> received = LocalMailLifecycle.receivedBy(emailOf(commenter));
    assertEquals(before + 1, received.size(), "one mail for the resolution");
    MimeMessage mail = received.get(received.size() - 1);
    String body = String.valueOf(mail.getContent());
    assertTrue(mail.getSubject().contains(code), mail.getSubject());
    assertTrue(body.contains("《尾矿库闭库规范》第 4.2 条") && body.contains("部分采纳"), body);
    assertTrue(body.contains("Tailings pond closure") && body.contains("Partly accepted"), body);
    assertTrue(body.contains("已按两档粒径补充限值") && body.contains("/standards/" + slug), body);
  }

  private void runJob(PortalHttp admin, String job) throws Exception {
    long before = runs(admin, job);
    assertEquals(202, admin.post("api/admin/jobs/" + job + "/run", Map.of()).statusCode());
    for (int i = 0; i < 150; i++) {
      if (runs(admin, job) > before) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the job " + job + " did not run");
  }

  private static long runs(PortalHttp admin, String job) throws Exception {
    for (JsonNode lease : ok(admin.get("api/admin/jobs")).get("leases")) {
      if (lease.get("name").asText().equals(job)) {
        return lease.get("runs").asLong();
      }
    }
    throw new AssertionError("no job " + job);
  }

  // ---------------------------------------------------------------------------------------------

  private void openCampaign() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String slug = "mail-it-" + UUID.randomUUID().toString().substring(0, 8);
    String draft =
        ("{\"slug\":\"%s\",\"year\":%d,\"titleZh\":\"邮件测试遴选\",\"titleEn\":\"Mail test selection\","
                + "\"applicationsOpen\":\"%s\",\"applicationsClose\":\"%s\",\"reviewUntil\":\"%s\","
                + "\"provinceQuota\":3,\"sameProvinceConflict\":false,\"criteriaSet\":\"indicators-2024\"}")
            .formatted(
                slug, today.getYear(), today.minusDays(1), today.plusDays(30), today.plusDays(60));
    PortalHttp curator = as(CURATOR);
    campaign = ok(curator.postJson("api/selections", draft)).get("id").asLong();
    ok(curator.postJson("api/selections/" + campaign + "/open", "{}"));
    items.clear();
    for (JsonNode c : ok(curator.get("api/selections/" + campaign + "/criteria"))) {
      if (c.get("level").asInt() == 3) {
        items.add(c.get("code").asText());
      }
    }
  }

  private long apply(String member, int n) throws Exception {
    ObjectNode a =
        ApplicationJson.of(
            "邮件测试矿山 " + n,
            "邮件测试矿业有限公司 " + n,
            CreditCodes.enterprise(500 + n),
            "370685",
            "C37000020119" + n,
            items);
    return ok(as(member).postJson("api/selections/" + campaign + "/applications", a.toString()))
        .get("id")
        .asLong();
  }

  private void decide(long application, String decision) throws Exception {
    ok(
        as(CURATOR)
            .postJson("api/selections/applications/" + application + "/eligibility", decision));
  }

  /** Waits for one mail to the address, then a little longer to be sure no second one comes. */
  static MimeMessage awaitOnly(String address) throws Exception {
    long until = System.currentTimeMillis() + 60_000;
    while (LocalMailLifecycle.receivedBy(address).isEmpty() && System.currentTimeMillis() < until) {
      Thread.sleep(200);
    }
    Thread.sleep(3_000);
    List<MimeMessage> received = LocalMailLifecycle.receivedBy(address);
    assertEquals(1, received.size(), "mails to " + address);
    return received.get(0);
  }

  /** The newest outbox row for the address once it matches, as the administrators' API shows it. */
  private JsonNode awaitMail(String address, Predicate<JsonNode> condition) throws Exception {
    PortalHttp admin = admin();
    JsonNode last = null;
    for (int i = 0; i < 150; i++) {
      last = null;
      for (JsonNode m : ok(admin.get("api/admin/mail")).get("mails")) {
        if (m.get("recipient").asText().equals(address)) {
          last = m;
          break;
        }
      }
      if (last != null && condition.test(last)) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no mail to " + address + " as expected; last seen " + last);
  }

  private JsonNode mailFor(String address) throws Exception {
    return awaitMail(address, m -> true);
  }

  private PortalHttp admin() throws Exception {
    PortalHttp http = new PortalHttp(LocalUrl.of(base));
    assertEquals(302, http.login("admin", TestSettings.ADMIN_PASSWORD).statusCode());
    return http;
  }

  private PortalHttp as(String username) throws Exception {
    PortalHttp http = new PortalHttp(LocalUrl.of(base));
    assertEquals(302, http.login(username, PASSWORD).statusCode(), username);
    return http;
  }

  private static JsonNode ok(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response.uri() + " → " + response.body());
    return JSON.readTree(response.body());
  }
}
