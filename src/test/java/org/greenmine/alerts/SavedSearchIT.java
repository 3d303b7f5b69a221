package org.greenmine.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenmine.identity.entity.Role;
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
 * A member saves a search on the search page; items published after it come in exactly one digest
 * by mail (through a real SMTP server), a digest never repeats an item, a run with nothing new
 * sends nothing, and the digest's unsubscribe link (no login) stops it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SavedSearchIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "Alerts-Test-Pass-2026";
  private static final String MEMBER = "alerts-member";
  private static final String EMAIL = "alerts-member@greenmine.test";
  private static final String CURATOR = "alerts-curator";
  private static final Pattern EDIT_ID = Pattern.compile("[?&]id=(\\d+)");
  private static final Pattern UNSUBSCRIBE =
      Pattern.compile("https?://[^\\s/]+(/alerts/unsubscribe\\?token=[A-Za-z0-9_-]+)");

  /** A made-up word only this test's items contain. */
  private static final String WORD = "qorvex" + letters(5);

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal(SavedSearchIT.class, TestAccounts.class);
  }

  @ArquillianResource URL base;
  @Inject TestAccounts accounts;

  @Test
  @Order(1)
  void accounts() {
    accounts.createNamed("CMF", List.of(CURATOR), PASSWORD, Role.CURATOR);
    accounts.createNamed(null, List.of(MEMBER), PASSWORD, Role.MEMBER);
    accounts.setEmail(MEMBER, EMAIL);
  }

  @Test
  @Order(2)
  @RunAsClient
  void aSavedSearchMailsOneDigestOfNewItemsAndTheUnsubscribeLinkStopsIt() throws Exception {
    PortalHttp member = as(MEMBER);
    // nobody may save a search without logging in: the control is not even there
    assertFalse(visitor().get("search?q=" + WORD).body().contains("saveSearch"));
    String page = member.get("search?q=" + WORD).body();
    assertTrue(page.contains("id=\"saveSearch\""), "the save control for a member");
    var saved =
        member.submit("search?q=" + WORD, "saveSearch", "save", Map.of("frequency", "DAILY"));
    assertEquals(302, saved.statusCode(), saved.body());
    String alerts = member.follow(saved).body();
    assertTrue(alerts.contains(WORD), alerts);
    JsonNode mine = ok(member.get("api/alerts"));
    assertEquals(1, mine.size(), mine.toString());
    assertEquals("q=" + WORD, mine.get(0).get("criteria").asText());

    // an item published after the search was saved, then the daily digest is due
    String first = publishStandard("Tailings " + WORD + " first");
    awaitSearchTotal(1);
    PortalHttp admin = admin();
    ok(admin.post("api/admin/clock?days=1", Map.of()));
    runDigests(admin);
    MimeMessage digest = awaitMails(1).get(0);
    String body = String.valueOf(digest.getContent());
    assertTrue(digest.getSubject().contains("已保存检索") && digest.getSubject().contains("saved"));
    assertTrue(body.contains(first), body);
    assertTrue(body.contains("测试标准"), "the Chinese title in the Chinese part: " + body);
    String[] header = digest.getHeader("List-Unsubscribe");
    assertTrue(header != null && header[0].contains("/api/alerts/unsubscribe?token="));
    Matcher link = UNSUBSCRIBE.matcher(body);
    assertTrue(link.find(), body);
    String unsubscribe = link.group(1).substring(1);

    // the job again at once: the daily digest is not due; a day later: nothing new, no mail
    runDigests(admin);
    ok(admin.post("api/admin/clock?days=1", Map.of()));
    runDigests(admin);
    Thread.sleep(2_000);
    assertEquals(1, LocalMailLifecycle.receivedBy(EMAIL).size(), "nothing new, nothing sent");

    // a second item: the next digest has it, and never the first one again
    String second = publishStandard("Tailings " + WORD + " second");
    awaitSearchTotal(2);
    ok(admin.post("api/admin/clock?days=1", Map.of()));
    runDigests(admin);
    String next = String.valueOf(awaitMails(2).get(1).getContent());
    assertTrue(next.contains(second), next);
    assertFalse(next.contains(first), next);

    // the link in the mail works without a login: opening it asks, the button unsubscribes
    PortalHttp stranger = visitor();
    String confirm = stranger.get(unsubscribe).body();
    assertTrue(confirm.contains(WORD) && confirm.contains("unsubscribe:confirm"), confirm);
    assertEquals(1, ok(member.get("api/alerts")).size(), "opening the link deletes nothing");
    var done = stranger.submit(unsubscribe, "unsubscribe", "confirm", Map.of());
    assertEquals(200, done.statusCode());
    assertTrue(done.body().contains("id=\"unsubscribed\""), done.body());
    assertEquals(0, ok(member.get("api/alerts")).size());

    publishStandard("Tailings " + WORD + " third");
    awaitSearchTotal(3);
    ok(admin.post("api/admin/clock?days=1", Map.of()));
    runDigests(admin);
    Thread.sleep(2_000);
    assertEquals(2, LocalMailLifecycle.receivedBy(EMAIL).size(), "no digest after unsubscribing");
    assertTrue(stranger.get(unsubscribe).body().contains("id=\"unknownToken\""));
  }

  // ---------------------------------------------------------------------------------------------

  /** Proposes, fills and publishes a CMF standard with this English title; returns the title. */
  private String publishStandard(String titleEn) throws Exception {
    PortalHttp curator = as(CURATOR);
    String code = "T/CMF " + (100 + new Random().nextInt(899)) + "-2026";
    var proposed =
        curator.submit(
            "curate/index",
            "propose",
            "submit",
            Map.of("code", code, "titleZh", "测试标准 " + titleEn, "titleEn", titleEn));
    assertEquals(302, proposed.statusCode(), proposed.body());
    Matcher id = EDIT_ID.matcher(proposed.headers().firstValue("Location").orElse(""));
    assertTrue(id.find());
    String edit = "curate/edit?id=" + id.group(1);
    var save =
        curator.ajax(
            edit,
            "edit",
            "save",
            Map.of(
                "titleZh",
                "测试标准 " + titleEn,
                "titleEn",
                titleEn,
                "summaryZh",
                "",
                "summaryEn",
                "",
                "markdown",
                "## 1 范围\n\n" + titleEn,
                "note",
                ""));
    assertTrue(save.body().contains("Saved."), save.body());
    var published = curator.ajax(edit, "edit", "publish", Map.of());
    assertTrue(published.body().contains("Moved to Published."), published.body());
    return titleEn;
  }

  private void awaitSearchTotal(int total) throws Exception {
    long found = -1;
    for (int i = 0; i < 150; i++) {
      found = ok(visitor().get("api/search?q=" + WORD)).get("total").asLong();
      if (found == total) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the index holds " + found + " items of " + WORD);
  }

  /** Makes the digest job due and waits until an instance has run it. */
  private void runDigests(PortalHttp admin) throws Exception {
    long before = runs(admin);
    assertEquals(202, admin.post("api/admin/jobs/search-digests/run", Map.of()).statusCode());
    for (int i = 0; i < 150; i++) {
      if (runs(admin) > before) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the digest job did not run");
  }

  private static long runs(PortalHttp admin) throws Exception {
    for (JsonNode lease : ok(admin.get("api/admin/jobs")).get("leases")) {
      if (lease.get("name").asText().equals("search-digests")) {
        return lease.get("runs").asLong();
      }
    }
    throw new AssertionError("no search-digests job");
  }

  private static List<MimeMessage> awaitMails(int count) throws Exception {
    for (int i = 0; i < 300; i++) {
      List<MimeMessage> received = LocalMailLifecycle.receivedBy(EMAIL);
      if (received.size() >= count) {
        Thread.sleep(1_000);
        received = LocalMailLifecycle.receivedBy(EMAIL);
        assertEquals(count, received.size(), "digests received");
        return received;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("fewer than " + count + " digests arrived");
  }

  private PortalHttp visitor() {
    return new PortalHttp(LocalUrl.of(base));
  }

  private PortalHttp admin() throws Exception {
    PortalHttp http = visitor();
    assertEquals(302, http.login("admin", TestSettings.ADMIN_PASSWORD).statusCode());
    return http;
  }

  private PortalHttp as(String username) throws Exception {
    PortalHttp http = visitor();
    assertEquals(302, http.login(username, PASSWORD).statusCode(), username);
    return http;
  }

  private static JsonNode ok(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response.uri() + " → " + response.body());
    return JSON.readTree(response.body());
  }

  private static String letters(int n) {
    Random random = new Random();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < n; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString().toLowerCase(Locale.ROOT);
  }
}
