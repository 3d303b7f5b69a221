package org.greenmine.concerns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.greenmine.identity.entity.Role;
import org.greenmine.testing.ApplicationJson;
import org.greenmine.testing.CreditCodes;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.LocalMailLifecycle;
import org.greenmine.testing.PortalHttp;
import org.greenmine.testing.TestAccounts;
import org.greenmine.testing.TestRedList;
import org.greenmine.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A concern's whole life on the deployed portal: raised without login about a listed mine, followed
 * with its private link, flagged overdue when its target date passes (the portal's clock moved
 * forward), handled by its association's curators only, answered with the enterprise's response,
 * the mine's red-list entry suspended because it was upheld, the public answer published without
 * the reporter's identity; floods refused; and the same by hand in a real browser.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class ConcernIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "Concern-Pass-2026";
  private static final String MEMBER = "concern-member";
  private static final String CURATOR = "concern-curator";
  private static final String OTHER_CURATOR = "concern-other-curator";
  private static final String SECRET_CONTACT = "reporter-7731@example.org";
  private static final String REPORT_MARKER = "seepage-marker-5521";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(
        ConcernIT.class, CreditCodes.class, TestAccounts.class, TestRedList.class);
  }

  @ArquillianResource URI portal;
  @Inject TestAccounts accounts;
  @Inject TestRedList redList;

  private static long application;
  private static long redListEntry;
  private static String reference;
  private static String token;

  @Test
  @Order(1)
  void accountsExist() {
    accounts.createNamed(null, List.of(MEMBER), PASSWORD, Role.MEMBER);
    accounts.createNamed("CMF", List.of(CURATOR), PASSWORD, Role.CURATOR);
    accounts.createNamed("AHMA", List.of(OTHER_CURATOR), PASSWORD, Role.CURATOR);
  }

  @Test
  @Order(2)
  @RunAsClient
  void aMemberAppliesForAMine() throws Exception {
    PortalHttp visitor = new PortalHttp(portal);
    JsonNode campaigns = ok(visitor.get("api/selections"));
    long campaign = campaigns.get(0).get("id").asLong();
    List<String> items = new ArrayList<>();
    for (JsonNode c : ok(visitor.get("api/selections/" + campaign + "/criteria"))) {
      if (c.get("level").asInt() == 3) {
        items.add(c.get("code").asText());
      }
    }
    ObjectNode a =
        ApplicationJson.of(
            "监督测试矿山", "监督测试矿业有限公司", CreditCodes.enterprise(41), "370685", "C3700002011041", items);
    application =
        ok(as(MEMBER).postJson("api/selections/" + campaign + "/applications", a.toString()))
            .get("id")
            .asLong();
  }

  @Test
  @Order(3)
  void theMineIsOnTheRedList() {
    redList.list(CreditCodes.enterprise(41), "CMF-TEST-041");
  }

  @Test
  @Order(4)
  @RunAsClient
  void anyoneRaisesAConcernWithoutLoginAndFollowsItWithThePrivateLink() throws Exception {
    PortalHttp visitor = new PortalHttp(portal);
    redListEntry =
        ok(visitor.get("api/redlist?q=" + CreditCodes.enterprise(41))).get(0).get("id").asLong();
    JsonNode tooShort = refused(visitor.postJson("api/concerns", concern("SAFETY", "short")), 400);
    assertEquals("concern.what.length", tooShort.get("error").asText());
    assertTrue(tooShort.get("message").asText().contains("20"), tooShort.toString());
    refused(
        visitor.postJson(
            "api/concerns",
            concern("SAFETY", text())
                .replace("\"application\":" + application, "\"application\":0")),
        404);
    JsonNode fake =
        refused(
            visitor.postJson(
                "api/concerns",
                concern("SAFETY", text())
                    .replace(
                        "\"contact\"",
                        "\"evidence\":[{\"fileName\":\"photo.png\",\"base64\":\""
                            + Base64.getEncoder().encodeToString("<script>".getBytes())
                            + "\"}],\"contact\"")),
            400);
    assertTrue(fake.get("error").asText().startsWith("attachment."), fake.toString());

    var created = visitor.postJson("api/concerns", concern("SAFETY", text()));
    assertEquals(201, created.statusCode(), created.body());
    JsonNode raised = JSON.readTree(created.body());
    reference = raised.get("reference").asText();
    token = raised.get("token").asText();
    assertTrue(reference.matches("GM-\\d{4}-\\d{6}"), reference);
    assertTrue(raised.get("followUrl").asText().contains(token));

    JsonNode followed = ok(visitor.get("api/concerns/" + reference + "?token=" + token));
    assertEquals("RECEIVED", followed.get("state").asText());
    assertTrue(followed.get("whatHappened").asText().contains(REPORT_MARKER));
    refused(visitor.get("api/concerns/" + reference + "?token=" + token.substring(1)), 404);
    refused(visitor.get("api/concerns/" + reference), 404);
    var page = visitor.get("concerns/follow?ref=" + reference + "&token=" + token);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(REPORT_MARKER), "the reporter reads their own words");
  }

  @Test
  @Order(5)
  @RunAsClient
  void onlyTheMinesAssociationHandlesItAndItIsFlaggedWhenOverdue() throws Exception {
    PortalHttp curator = as(CURATOR);
    JsonNode mine = deskItem(curator, reference);
    assertEquals("RECEIVED", mine.get("state").asText());
    assertFalse(mine.get("overdue").asBoolean());
    assertEquals(SECRET_CONTACT, mine.get("contact").asText(), "the curators see the contact");

    PortalHttp other = as(OTHER_CURATOR);
    for (JsonNode item : ok(other.get("api/concerns/desk"))) {
      assertFalse(item.get("reference").asText().equals(reference), "another association's");
    }
    refused(other.postJson("api/concerns/" + reference + "/acknowledge", "{}"), 404);
    refused(new PortalHttp(portal).get("api/concerns/desk"), 403);
    refused(as(MEMBER).postJson("api/concerns/" + reference + "/acknowledge", "{}"), 403);

    // safety: acknowledge within one working day; move the clock to the day after that
    LocalDate received = LocalDate.parse(mine.get("receivedOn").asText());
    LocalDate acknowledgeBy = LocalDate.parse(mine.get("acknowledgeBy").asText());
    long days = ChronoUnit.DAYS.between(received, acknowledgeBy) + 1;
    PortalHttp admin = admin();
    assertEquals(200, admin.postJson("api/admin/clock?days=" + days, "").statusCode());
    assertTrue(deskItem(curator, reference).get("overdue").asBoolean(), "overdue now");
    assertTrue(curator.get("curate/concerns").body().contains("overdue-badge"));

    JsonNode acknowledged =
        ok(curator.postJson("api/concerns/" + reference + "/acknowledge", "{\"note\":\"seen\"}"));
    assertEquals("ACKNOWLEDGED", acknowledged.get("state").asText());
    assertFalse(acknowledged.get("overdue").asBoolean(), "acknowledged, the answer is not late");
    JsonNode wrong =
        refused(
            curator.postJson("api/concerns/" + reference + "/close", "{\"note\":\"early\"}"), 400);
    assertEquals("concern.transition", wrong.get("error").asText());
    ok(curator.postJson("api/concerns/" + reference + "/investigate", "{}"));
  }

  @Test
  @Order(6)
  @RunAsClient
  void theEnterpriseRespondsAndTheUpheldAnswerSuspendsTheListing() throws Exception {
    PortalHttp curator = as(CURATOR);
    assertTrue(
        ok(curator.postJson("api/concerns/" + reference + "/invite", ""))
            .get("enterpriseInvited")
            .asBoolean());
    PortalHttp member = as(MEMBER);
    JsonNode invitations = ok(member.get("api/concerns/invitations"));
    assertEquals(reference, invitations.get(0).get("reference").asText());
    ok(
        member.postJson(
            "api/concerns/" + reference + "/response",
            "{\"text\":\"The tailings pipe joint was replaced on the same day; monitoring data attached to the association.\"}"));

    LocalDate until = LocalDate.now().plusDays(120);
    JsonNode answered =
        ok(
            curator.postJson(
                "api/concerns/" + reference + "/answer",
                "{\"text\":\"Inspection confirmed a leaking joint in the tailings pipeline; the"
                    + " mine must repair and report.\",\"upheld\":true,\"suspendUntil\":\""
                    + until
                    + "\"}"));
    assertEquals("ANSWERED", answered.get("state").asText());

    JsonNode history = ok(new PortalHttp(portal).get("api/redlist/" + redListEntry + "/history"));
    JsonNode last = history.get(history.size() - 1);
    assertEquals("SUSPENDED", last.get("status").asText(), history.toString());
    assertTrue(last.toString().contains(reference), "the suspension names the concern");

    String audit = admin().get("admin/audit").body();
    assertTrue(audit.contains("concern.raised"), "audit: raised");
    assertTrue(audit.contains("concern.answered"), "audit: answered");
  }

  @Test
  @Order(7)
  @RunAsClient
  void theAnswerIsPublicAndTheReporterStaysUnnamed() throws Exception {
    PortalHttp anyone = new PortalHttp(portal);
    var list = anyone.get("api/concerns");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains(reference));
    assertTrue(list.body().contains("leaking joint"));
    assertTrue(list.body().contains("pipe joint was replaced"), "the enterprise's response");
    assertFalse(list.body().contains(SECRET_CONTACT), "no contact");
    assertFalse(list.body().contains(REPORT_MARKER), "not the reporter's own words");
    var page = anyone.get("concerns");
    assertTrue(page.body().contains(reference));
    assertFalse(page.body().contains(SECRET_CONTACT));
    assertFalse(page.body().contains(REPORT_MARKER));

    JsonNode followed = ok(anyone.get("api/concerns/" + reference + "?token=" + token));
    assertEquals("ANSWERED", followed.get("state").asText());
    assertTrue(followed.get("upheld").asBoolean());
    List<String> steps = new ArrayList<>();
    followed.get("timeline").forEach(s -> steps.add(s.get("state").asText()));
    assertEquals(List.of("RECEIVED", "ACKNOWLEDGED", "INVESTIGATING"), steps.subList(0, 3));
    assertTrue(steps.contains("ANSWERED"), steps.toString());

    // the reporter left an e-mail address: one mail with the answer, never the private token
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (LocalMailLifecycle.receivedBy(SECRET_CONTACT).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    var mails = LocalMailLifecycle.receivedBy(SECRET_CONTACT);
    assertEquals(1, mails.size(), "one mail to the reporter");
    assertTrue(mails.get(0).getSubject().contains(reference), mails.get(0).getSubject());
    String mailText = String.valueOf(mails.get(0).getContent());
    assertTrue(mailText.contains("leaking joint"), mailText);
    assertFalse(mailText.contains(token), "the private link is never mailed");

    PortalHttp curator = as(CURATOR);
    ok(curator.postJson("api/concerns/" + reference + "/close", "{}"));
    refused(curator.postJson("api/concerns/" + reference + "/reject", "{\"reason\":\"x\"}"), 400);
  }

  @Test
  @Order(8)
  @RunAsClient
  void aVisitorRaisesAConcernInTheBrowserAndACuratorAnswersIt() throws Exception {
    ConcernBrowser.Raised raised =
        ConcernBrowser.raise(
            portal,
            application,
            "Dust from the crusher covers the village school every afternoon since October.",
            "Village school, 1 km east of the crusher");
    assertTrue(raised.followLink().contains("token="), raised.followLink());
    assertEquals("Received", ConcernBrowser.followedState(raised.followLink()));
    ConcernBrowser.answerFirstOpen(
        portal,
        CURATOR,
        PASSWORD,
        raised.reference(),
        "Dust monitoring found levels above the limit; the mine will enclose the crusher.");
    assertEquals("Answered", ConcernBrowser.followedState(raised.followLink()));
  }

  @Test
  @Order(9)
  @RunAsClient
  void aFloodFromOneAddressIsHeldBack() throws Exception {
    PortalHttp visitor = new PortalHttp(portal);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      var response = visitor.postJson("api/concerns", concern("SOCIAL", text()));
      statuses.add(response.statusCode());
      if (response.statusCode() == 429) {
        assertEquals("concern.throttled", JSON.readTree(response.body()).get("error").asText());
      }
    }
    // the browser's concern came from this address within the hour (the API's earlier one is a
    // day older since the clock moved): four more are taken, then the address must wait
    assertEquals(List.of(201, 201, 201, 201, 429, 429), statuses);
  }

  private String concern(String category, String what) {
    return "{\"application\":"
        + application
        + ",\"category\":\""
        + category
        + "\",\"whatHappened\":\""
        + what
        + "\",\"place\":\"Tailings pipeline, north valley\",\"happenedOn\":\""
        + LocalDate.now().minusDays(2)
        + "\",\"contact\":\""
        + SECRET_CONTACT
        + "\"}";
  }

  private static String text() {
    return "Grey water leaking from the tailings pipeline into the stream (" + REPORT_MARKER + ").";
  }

  private JsonNode deskItem(PortalHttp curator, String ref) throws Exception {
    for (JsonNode item : ok(curator.get("api/concerns/desk"))) {
      if (item.get("reference").asText().equals(ref)) {
        return item;
      }
    }
    throw new AssertionError(ref + " is not on the desk");
  }

  private PortalHttp as(String username) throws Exception {
    PortalHttp http = new PortalHttp(portal);
    assertEquals(302, http.login(username, PASSWORD).statusCode(), username);
    return http;
  }

  private PortalHttp admin() throws Exception {
    PortalHttp http = new PortalHttp(portal);
    assertEquals(302, http.login("admin", TestSettings.ADMIN_PASSWORD).statusCode());
    return http;
  }

  private static JsonNode ok(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response.uri() + " → " + response.body());
    return JSON.readTree(response.body());
  }

  private static JsonNode refused(HttpResponse<String> response, int status) throws Exception {
    assertEquals(status, response.statusCode(), response.uri() + " → " + response.body());
    return JSON.readTree(response.body().isBlank() ? "{}" : response.body());
  }
}
