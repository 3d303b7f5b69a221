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
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.greenmine.identity.entity.Role;
import org.greenmine.selection.CreditCodes;
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
    ObjectNode a = JSON.createObjectNode();
    a.put("mineName", "邮件测试矿山 " + n);
    a.put("enterprise", "邮件测试矿业有限公司 " + n);
    a.put("creditCode", CreditCodes.enterprise(500 + n));
    a.put("regionCode", "370685");
    a.put("mineral", "gold");
    a.put("miningMethod", "UNDERGROUND");
    a.put("scale", "MEDIUM");
    a.put("licenceNumber", "C37000020119" + n);
    a.put("licenceValidUntil", "2035-12-31");
    a.put("onAbnormalList", false);
    a.put("reserveYears", 12);
    a.put("protectedAreaOverlap", false);
    ObjectNode scores = a.putObject("scores");
    ObjectNode evidence = a.putObject("evidence");
    for (String item : items) {
      scores.put(item, 1);
      evidence.put(item, "监测报告第 " + item + " 节");
    }
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
