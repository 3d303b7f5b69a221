package org.greenmine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.greenmine.testing.Deployments;
import org.greenmine.testing.IndexSync;
import org.greenmine.testing.LocalSolrLifecycle;
import org.greenmine.testing.LocalUrl;
import org.greenmine.testing.PortalHttp;
import org.greenmine.testing.TestSettings;
import org.greenmine.testing.UniqueWords;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search as people and other systems use it, against the deployed portal with its seed content and
 * a real Solr that the test can stop and start again.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal(SearchIT.class);
  }

  @ArquillianResource URL base;
  private static boolean indexSynced;

  private PortalHttp visitor() {
    return new PortalHttp(LocalUrl.of(base));
  }

  private PortalHttp admin() throws Exception {
    PortalHttp admin = visitor();
    assertEquals(302, admin.login("admin", TestSettings.ADMIN_PASSWORD).statusCode());
    return admin;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private JsonNode api(PortalHttp http, String pathAndQuery) throws Exception {
    HttpResponse<String> response = http.get(pathAndQuery);
    assertEquals(200, response.statusCode(), pathAndQuery + " → " + response.body());
    return JSON.readTree(response.body());
  }

  /** Polls the search API until the answer satisfies the condition (the index is asynchronous). */
  private JsonNode awaitSearch(String query, Predicate<JsonNode> condition, int seconds)
      throws Exception {
    PortalHttp http = visitor();
    JsonNode last = null;
    for (long end = System.currentTimeMillis() + seconds * 1000L;
        System.currentTimeMillis() < end; ) {
      HttpResponse<String> response = http.get("api/search?" + query);
      if (response.statusCode() == 200) {
        last = JSON.readTree(response.body());
        if (condition.test(last)) {
          return last;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("search " + query + " never satisfied the condition; last: " + last);
  }

  /** The index holds exactly this deployment's published content: the start-up work is done. */
  private void awaitSeedIndexed() throws Exception {
    if (!indexSynced) {
      IndexSync.awaitIndexMatchesDatabase(LocalUrl.of(base));
      indexSynced = true;
    }
  }

  /** The edit page of the technology at this address, found through its index id. */
  private String editPageOf(String url) throws Exception {
    for (JsonNode hit : api(visitor(), "api/search?kind=technology&size=50").get("results")) {
      if (hit.get("url").asText().equals(url)) {
        String id = hit.get("id").asText();
        return "curate/edit?id=" + id.substring(id.lastIndexOf('-') + 1);
      }
    }
    throw new AssertionError("no technology at " + url);
  }

  private static Map<String, String> text(String titleZh, String titleEn, String markdown) {
    return Map.of(
        "titleZh",
        titleZh,
        "titleEn",
        titleEn,
        "summaryZh",
        "",
        "summaryEn",
        "",
        "markdown",
        markdown,
        "note",
        "search test");
  }

  @Test
  @Order(1)
  void facetsCountMatchesAndCombineOrWithinAFacetAndAcrossFacets() throws Exception {
    awaitSeedIndexed();
    PortalHttp http = visitor();
    JsonNode all = api(http, "api/search?size=1");
    long technologies = all.at("/facets/kind/technology").asLong();
    long cases = all.at("/facets/kind/case").asLong();
    assertTrue(technologies >= 30 && cases >= 10, all.get("facets").toString());

    JsonNode onlyTechnologies = api(http, "api/search?kind=technology&size=1");
    assertEquals(technologies, onlyTechnologies.get("total").asLong());
    // the kind facet keeps counting the other kinds, so they stay selectable
    assertEquals(cases, onlyTechnologies.at("/facets/kind/case").asLong());

    JsonNode either = api(http, "api/search?kind=technology&kind=case&size=1");
    assertEquals(technologies + cases, either.get("total").asLong(), "values of one facet: OR");

    long mining = onlyTechnologies.at("/facets/category/MINING").asLong();
    assertTrue(mining > 0 && mining < technologies);
    JsonNode both = api(http, "api/search?kind=technology&category=MINING&size=50");
    assertEquals(mining, both.get("total").asLong(), "facets together: AND");
    both.get("results").forEach(r -> assertEquals("technology", r.get("kind").asText()));

    assertTrue(http.get("openapi").body().contains("/api/search"), "documented in /openapi");

    JsonNode byYear = api(http, "api/search?year=2024&kind=technology&size=1");
    assertEquals(onlyTechnologies.at("/facets/year/2024").asLong(), byYear.get("total").asLong());

    JsonNode newest = api(http, "api/search?q=" + encode("尾矿") + "&sort=newest&size=50");
    // compared as instants: "…25Z" and "…25.332Z" do not sort as text
    List<java.time.Instant> dates = new ArrayList<>();
    newest
        .get("results")
        .forEach(r -> dates.add(java.time.Instant.parse(r.get("publishedAt").asText())));
    List<java.time.Instant> sorted = new ArrayList<>(dates);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, dates, "newest first");
  }

  @Test
  @Order(2)
  void theSearchPageKeepsQueryAndFiltersInItsLinks() throws Exception {
    awaitSeedIndexed();
    String page = visitor().get("search?q=" + encode("尾矿") + "&kind=technology&sort=newest").body();
    assertTrue(page.contains("id=\"activeFilters\""), page);
    // the chip removes the kind filter and keeps the text and the order
    assertTrue(page.contains("href=\"/search?q=%E5%B0%BE%E7%9F%BF&amp;sort=newest\""), page);
    // another kind is offered as an addition to the chosen one
    assertTrue(page.contains("/search?q=%E5%B0%BE%E7%9F%BF&amp;kind=technology&amp;kind=case"));
    assertTrue(page.contains("class=\"facet-on\""));
    assertFalse(page.contains("searchUnavailable"));
  }

  @Test
  @Order(3)
  void hostileInputGetsOrdinaryResultsOrAClear400() throws Exception {
    awaitSeedIndexed();
    PortalHttp http = visitor();
    long everything = api(http, "api/search?size=1").get("total").asLong();
    for (String hostile :
        List.of(
            "{!xmlparser v='<!DOCTYPE a SYSTEM \"http://127.0.0.1:1/x\"><a/>'}",
            "{!func}sum(1,1)",
            "_query_:\"{!lucene}*:*\"",
            "*:*",
            "visibility:draft OR *:*",
            "title_en:* OR id:*",
            "*",
            "tail*",
            "((((",
            "\"unbalanced",
            "{!join from=id to=id}*:*",
            "\\",
            "a".repeat(5000))) {
      HttpResponse<String> api = http.get("api/search?size=50&q=" + encode(hostile));
      assertEquals(200, api.statusCode(), hostile + " → " + api.body());
      long total = JSON.readTree(api.body()).get("total").asLong();
      assertTrue(total < everything, "syntax must not widen the match: " + hostile);
      HttpResponse<String> page = http.get("search?q=" + encode(hostile));
      assertEquals(200, page.statusCode(), hostile);
      assertTrue(page.body().contains("id=\"searchTotal\""), hostile);
    }
    for (String filter :
        List.of(
            "kind=" + encode("technology} OR {!func}1"),
            "year=" + encode("{!func}1"),
            "visibility=draft",
            "association=" + encode("*"))) {
      HttpResponse<String> api = http.get("api/search?" + filter);
      assertEquals(200, api.statusCode(), filter + " → " + api.body());
      long total = JSON.readTree(api.body()).get("total").asLong();
      assertTrue(total == 0 || total == everything, filter + " gave " + total);
    }
    for (String paging : List.of("page=101", "page=-1", "page=9999999999", "size=51", "size=x")) {
      HttpResponse<String> api = http.get("api/search?q=tailings&" + paging);
      assertEquals(400, api.statusCode(), paging);
      assertTrue(api.body().contains("\"message\""), api.body());
    }
    HttpResponse<String> deepPage = http.get("search?q=tailings&page=99999999999");
    assertEquals(200, deepPage.statusCode());
  }

  @Test
  @Order(4)
  void autocompleteOffersThesaurusTermsAndTitles() throws Exception {
    awaitSeedIndexed();
    JsonNode english = api(visitor(), "api/search/suggest?q=tail");
    List<String> kinds = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    english.forEach(
        s -> {
          kinds.add(s.get("kind").asText());
          texts.add(s.get("text").asText());
        });
    assertTrue(texts.contains("tailings"), texts.toString());
    assertTrue(kinds.contains("technology"), kinds.toString());
    assertTrue(
        texts.stream().filter(t -> !t.startsWith("tail")).allMatch(t -> t.contains("ailings")),
        texts.toString());

    JsonNode chinese = api(visitor(), "api/search/suggest?q=" + encode("尾矿"));
    assertTrue(chinese.toString().contains("尾矿干排"), chinese.toString());
    assertEquals(0, api(visitor(), "api/search/suggest?q=").size());
  }

  @Test
  @Order(5)
  void aMisspeltEnglishQueryIsOfferedTheCorrection() throws Exception {
    awaitSeedIndexed();
    JsonNode json = api(visitor(), "api/search?q=tailngs");
    assertEquals(0, json.get("total").asLong());
    assertEquals("tailings", json.get("suggestion").asText());
    String page = visitor().get("search?q=tailngs").body();
    assertTrue(page.contains("id=\"didYouMean\""), page);
    assertTrue(page.contains("href=\"/search?q=tailings\""), page);
    assertTrue(page.contains("id=\"noResults\""));
  }

  @Test
  @Order(6)
  void detailPagesShowRelatedItems() throws Exception {
    awaitSeedIndexed();
    String page = visitor().get("technologies/paste-backfill-mining").body();
    Matcher related =
        Pattern.compile("id=\"relatedItems\"(.*?)</ul>", Pattern.DOTALL).matcher(page);
    assertTrue(related.find(), page);
    assertTrue(related.group(1).contains("<li>"));
    assertFalse(related.group(1).contains("href=\"/technologies/paste-backfill-mining\""));
  }

  @Test
  @Order(7)
  void theAdministratorRebuildsAndReconcilesWhileOthersAreRefused() throws Exception {
    awaitSeedIndexed();
    assertEquals(403, visitor().get("api/admin/index").statusCode());
    assertEquals(403, visitor().post("api/admin/index/rebuild", Map.of()).statusCode());

    PortalHttp admin = admin();
    assertTrue(admin.get("admin/search").body().contains("id=\"index:rebuild\""));
    long published = api(visitor(), "api/search?size=1").get("total").asLong();

    // a document lost from Solr behind the portal's back: reconcile finds and repairs it
    try (var solr =
        new HttpJdkSolrClient.Builder(LocalSolrLifecycle.solrUrl())
            .withDefaultCollection("greenmine")
            .useHttp1_1(true)
            .build()) {
      String edit = editPageOf("/technologies/paste-backfill-mining");
      solr.deleteById("technology-" + edit.substring(edit.indexOf('=') + 1));
      solr.commit();
    }
    awaitSearch("size=1", json -> json.get("total").asLong() == published - 1, 10);
    HttpResponse<String> reconcile = admin.post("api/admin/index/reconcile", Map.of());
    assertEquals(200, reconcile.statusCode(), reconcile.body());
    assertEquals(1, JSON.readTree(reconcile.body()).get("missing").asInt(), reconcile.body());
    awaitSearch("size=1", json -> json.get("total").asLong() == published, 20);

    // the administrator's page starts the rebuild; its progress is also in the JSON state
    HttpResponse<String> started = admin.ajax("admin/search", "index", "rebuild", Map.of());
    // the form comes back with the progress panel counting towards everything published
    assertTrue(started.body().contains(" of " + published + " items sent."), started.body());
    JsonNode state = api(admin, "api/admin/index");
    for (int i = 0; i < 120 && state.at("/rebuild/running").asBoolean(); i++) {
      Thread.sleep(250);
      state = api(admin, "api/admin/index");
    }
    assertFalse(state.at("/rebuild/running").asBoolean(), state.toString());
    assertTrue(state.at("/rebuild/error").isMissingNode(), state.toString());
    assertEquals(published, state.at("/rebuild/done").asLong(), state.toString());
    assertEquals(published, state.at("/rebuild/total").asLong());
    assertEquals(published, api(visitor(), "api/search?size=1").get("total").asLong());
  }

  @Test
  @Order(8)
  void aChangeMadeWhileSolrIsDownWaitsAndArrivesWhenSolrReturns() throws Exception {
    awaitSeedIndexed();
    PortalHttp admin = admin();
    String token = UniqueWords.word("outage");
    String edit = editPageOf("/technologies/tailings-dry-stacking");

    LocalSolrLifecycle.takeSolrDown();
    try {
      var saved =
          admin.ajax(
              edit,
              "edit",
              "save",
              text(
                  "尾矿浓缩压滤干排干堆技术 " + token,
                  "Tailings dry stacking " + token,
                  "Dry stacking keeps tailings out of ponds. " + token));
      assertTrue(saved.body().contains("Saved."), "saving does not need Solr: " + saved.body());

      String searchPage = visitor().get("search?q=" + token).body();
      assertTrue(searchPage.contains("id=\"searchUnavailable\""), searchPage);
      assertEquals(503, visitor().get("api/search?q=" + token).statusCode());
      HttpResponse<String> list = visitor().get("technologies");
      assertEquals(200, list.statusCode(), "lists come from the database");
      assertEquals(503, visitor().get("health/ready").statusCode());
      // related items are left out, the page itself is fine
      assertEquals(200, visitor().get("technologies/tailings-dry-stacking").statusCode());

      JsonNode queue = api(admin, "api/admin/index");
      assertTrue(queue.at("/queue/pending").asLong() >= 1, queue.toString());
      String metrics = visitor().get("metrics").body();
      assertTrue(metrics.contains("greenmine_index_queue_pending"), metrics);
      assertTrue(metrics.contains("greenmine_index_queue_oldest_age"), metrics);
      assertEquals(0, queue.at("/queue/parked").asLong(), "an outage parks nothing");
    } finally {
      LocalSolrLifecycle.bringSolrBack();
    }
    JsonNode found =
        awaitSearch(
            "q=" + token,
            json ->
                json.get("total").asLong() == 1
                    && json.at("/results/0/url")
                        .asText()
                        .equals("/technologies/tailings-dry-stacking"),
            60);
    assertEquals("/technologies/tailings-dry-stacking", found.at("/results/0/url").asText());
    assertNotEquals(503, visitor().get("health/ready").statusCode());

    // unpublished: gone from search, for any query
    var archived = admin.ajax(edit, "edit", "archive", Map.of());
    assertTrue(archived.body().contains("Moved to"), archived.body());
    awaitSearch("q=" + token, json -> json.get("total").asLong() == 0, 30);
    for (String probe : List.of("*:*", "visibility:draft", token + " OR *", "{!lucene}" + token)) {
      JsonNode json = api(visitor(), "api/search?size=50&q=" + encode(probe));
      assertFalse(json.toString().contains(token), probe);
    }
  }
}
