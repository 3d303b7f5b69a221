package org.greenmine.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.greenmine.platform.control.FailureCounts;

/**
 * The Solr adapter behind {@link SearchIndex}. Queries are built here and only here: the user's
 * text goes in as the {@code q} value of an edismax query with fixed fields and {@code uf=-*},
 * filter values travel as parameters that the {@code terms} parser references, so no field,
 * local-parameter or function syntax of the user's reaches Solr.
 */
@ApplicationScoped
public class SolrSearchIndex implements SearchIndex {
  private static final Logger LOG = Logger.getLogger(SolrSearchIndex.class.getName());
  static final String QUERY_FIELDS =
      "title_zh^3 title_zh_bi^2 title_en^3 body_zh body_zh_bi body_en code^5 code_text^5";
  static final String PHRASE_FIELDS = "title_zh^4 title_en^4 body_en code_text^20";
  static final String PUBLIC_ONLY = "visibility:public";
  static final String VALUE_SEPARATOR = "\u001f";
  static final int COMMIT_WITHIN_MILLIS = 1000;
  private static final String[] RESULT_FIELDS = {
    "id", "kind", "url", "title_zh", "title_en", "association", "published_at"
  };

  @Inject SolrConnection connection;
  @Inject FailureCounts failures;

  private SolrClient client;

  public SolrSearchIndex() {}

  /** For tests and tools outside the container: a single node. */
  public SolrSearchIndex(String baseUrl, String collection) {
    this(SolrConnection.standalone(baseUrl, collection));
  }

  public SolrSearchIndex(SolrConnection connection) {
    this.connection = connection;
    connect();
  }

  @PostConstruct
  void connect() {
    client = connection.client();
  }

  /** Closes the client (the container calls it; tools outside the container must). */
  @PreDestroy
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      // closing a client of a server that is gone is not worth a failure
    }
  }

  @Override
  public void upsert(IndexDocument document) {
    apply(List.of(document), List.of());
  }

  @Override
  public void delete(String id) {
    apply(List.of(), List.of(id));
  }

  @Override
  public void apply(List<IndexDocument> upserts, List<String> deletions) {
    connection.ensureReady(client);
    try {
      if (!upserts.isEmpty()) {
        client.add(upserts.stream().map(SolrSearchIndex::toSolr).toList(), COMMIT_WITHIN_MILLIS);
      }
      if (!deletions.isEmpty()) {
        client.deleteById(deletions, COMMIT_WITHIN_MILLIS);
      }
    } catch (SolrException e) {
      if (isRefusal(e)) {
        throw new DocumentRejected(e.getMessage(), e);
      }
      throw unavailable(e);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw unavailable(e);
    }
  }

  @Override
  public void commit() {
    connection.ensureReady(client);
    try {
      client.commit(false, true, true);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw unavailable(e);
    }
  }

  static SolrInputDocument toSolr(IndexDocument document) {
    SolrInputDocument solr = new SolrInputDocument();
    solr.setField("id", document.id());
    solr.setField("kind", document.kind());
    solr.setField("url", document.url());
    solr.setField("visibility", "public");
    solr.setField("stamp_s", document.stamp());
    setIfPresent(solr, "title_zh", document.titleZh());
    setIfPresent(solr, "title_en", document.titleEn());
    setIfPresent(solr, "body_zh", document.bodyZh());
    setIfPresent(solr, "body_en", document.bodyEn());
    if (document.publishedAt() != null) {
      solr.setField("published_at", Date.from(document.publishedAt()));
    }
    for (Map.Entry<String, List<String>> facet : document.facets().entrySet()) {
      solr.setField(facet.getKey(), facet.getValue());
    }
    return solr;
  }

  @Override
  public SearchHits search(SearchQuery query) {
    QueryResponse response = query(toSolr(query));
    var highlighting = response.getHighlighting();
    List<SearchHits.Hit> hits = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      String id = (String) doc.getFieldValue("id");
      hits.add(hit(doc, snippet(highlighting == null ? null : highlighting.get(id))));
    }
    return new SearchHits(
        response.getResults().getNumFound(),
        hits,
        facets(response),
        suggestion(response, UserText.asWords(query.text())));
  }

  /** The whole translation from the portal's query to Solr's parameters. */
  static SolrQuery toSolr(SearchQuery query) {
    SolrQuery solr = new SolrQuery();
    String words = UserText.asWords(query.text());
    if (words.isEmpty()) {
      // the match-all query is the portal's own, never built from user text
      solr.set("defType", "lucene");
      solr.set("q", "*:*");
    } else {
      solr.set("defType", "edismax");
      solr.set("q", words);
      solr.set("qf", QUERY_FIELDS);
      solr.set("pf", PHRASE_FIELDS);
      solr.set("uf", "-*");
      // up to three words must all match; longer queries need three quarters of them
      solr.set("mm", "3<75%");
      if (UserText.hasChinese(words) && UserText.hasLatin(words)) {
        // a mixed query ("HPGR 节能"): each word may match in a different language's field, so
        // words are split before analysis and "must match" counts words, not per-field terms
        solr.set("sow", true);
      }
      solr.set("spellcheck", true);
      solr.set("spellcheck.q", words);
      solr.set("spellcheck.collate", true);
      solr.set("spellcheck.maxCollationTries", 5);
    }
    solr.addFilterQuery(PUBLIC_ONLY);
    if (query.publishedAfter() != null || query.publishedUntil() != null) {
      // the bounds are instants the portal formats itself, never text from a request
      solr.addFilterQuery(
          "published_at:{"
              + solrInstant(query.publishedAfter())
              + " TO "
              + solrInstant(query.publishedUntil())
              + "]");
    }
    solr.set("sep", VALUE_SEPARATOR);
    for (Map.Entry<String, List<String>> filter : query.filters().entrySet()) {
      String facet = filter.getKey();
      solr.addFilterQuery(
          "{!terms f=" + facet + " tag=f_" + facet + " separator=$sep v=$fv_" + facet + "}");
      solr.set("fv_" + facet, String.join(VALUE_SEPARATOR, filter.getValue()));
    }
    solr.setFacet(true);
    for (String facet : SearchQuery.FACETS) {
      solr.addFacetField("{!ex=f_" + facet + "}" + facet);
    }
    solr.setFacetMinCount(1);
    solr.setFacetLimit(40);
    boolean byDate = words.isEmpty() || query.sort() == SearchQuery.Sort.NEWEST;
    if (!byDate) {
      solr.addSort("score", SolrQuery.ORDER.desc);
    }
    solr.addSort("published_at", SolrQuery.ORDER.desc);
    solr.addSort("id", SolrQuery.ORDER.asc);
    solr.setFields(RESULT_FIELDS);
    solr.setStart(query.page() * query.size());
    solr.setRows(query.size());
    solr.setHighlight(true);
    solr.set("hl.method", "unified");
    solr.set("hl.fl", "body_zh body_en title_zh title_en");
    solr.set("hl.snippets", 1);
    solr.set("hl.fragsize", 160);
    solr.set("hl.tag.pre", Snippets.MATCH_START);
    solr.set("hl.tag.post", Snippets.MATCH_END);
    // plain text back from Solr: Snippets escapes it, exactly once
    solr.set("hl.encoder", "");
    return solr;
  }

  private static String solrInstant(java.time.Instant instant) {
    return instant == null
        ? "*"
        : java.time.format.DateTimeFormatter.ISO_INSTANT.format(
            instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
  }

  @Override
  public List<SearchHits.Hit> suggestTitles(String typed, int max) {
    SolrQuery solr = toSuggestQuery(typed, max);
    if (solr == null) {
      return List.of();
    }
    return query(solr).getResults().stream().map(doc -> hit(doc, "")).toList();
  }

  static SolrQuery toSuggestQuery(String typed, int max) {
    String words = UserText.asWords(typed == null ? "" : typed.strip());
    if (words.isEmpty()) {
      return null;
    }
    SolrQuery solr = new SolrQuery();
    solr.set("defType", "edismax");
    solr.set("q", words);
    solr.set("qf", "title_suggest");
    solr.set("pf", "title_suggest^5");
    solr.set("uf", "-*");
    solr.set("mm", "100%");
    solr.addFilterQuery(PUBLIC_ONLY);
    solr.setFields(RESULT_FIELDS);
    solr.setRows(Math.max(1, Math.min(max, 20)));
    return solr;
  }

  @Override
  public List<SearchHits.Hit> related(String id, int max) {
    SolrQuery solr = new SolrQuery();
    // {!mlt} rather than the /mlt handler: it is the form that also works on SolrCloud
    solr.set("q", "{!mlt qf=title_zh,title_en,body_zh,body_en mintf=1 mindf=1 v=$mltId}");
    solr.set("mltId", id);
    solr.addFilterQuery(PUBLIC_ONLY);
    solr.setFields(RESULT_FIELDS);
    solr.setRows(Math.max(1, Math.min(max, 20)) + 1);
    try {
      return query(solr).getResults().stream()
          .map(doc -> hit(doc, ""))
          .filter(hit -> !hit.id().equals(id))
          .limit(max)
          .toList();
    } catch (SearchUnavailable e) {
      if (e.getCause() instanceof SolrException s && s.code() == 400) {
        return List.of(); // the item is not (yet) in the index
      }
      throw e;
    }
  }

  @Override
  public Map<String, String> stamps() {
    Map<String, String> stamps = new LinkedHashMap<>();
    SolrQuery solr = new SolrQuery("*:*");
    solr.setFields("id", "stamp_s");
    solr.setRows(5000);
    solr.setSort("id", SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      solr.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(solr);
      for (SolrDocument doc : response.getResults()) {
        Object stamp = doc.getFieldValue("stamp_s");
        stamps.put((String) doc.getFieldValue("id"), stamp == null ? "" : stamp.toString());
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return stamps;
      }
      cursor = next;
    }
  }

  @Override
  public boolean isAvailable() {
    connection.ensureReady(client);
    try {
      return client.ping().getStatus() == 0;
    } catch (SolrServerException | IOException | RuntimeException e) {
      LOG.fine(() -> "Solr ping failed: " + e);
      return false;
    }
  }

  private QueryResponse query(SolrQuery solr) {
    connection.ensureReady(client);
    try {
      return client.query(solr);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw unavailable(e);
    }
  }

  private SearchUnavailable unavailable(Exception e) {
    if (failures != null) { // absent when built by hand, outside the container
      failures.search();
    }
    return new SearchUnavailable(e);
  }

  /** A refusal of what was sent, as opposed to an engine that is down or failing. */
  private static boolean isRefusal(SolrException e) {
    // SolrCloud answers 400 for a collection that does not exist (yet): that is an outage
    boolean missingCollection =
        e.getMessage() != null && e.getMessage().contains("Collection not found");
    return e.code() >= 400
        && e.code() < 500
        && e.code() != 404
        && e.code() != 408
        && !missingCollection;
  }

  private static SearchHits.Hit hit(SolrDocument doc, String snippet) {
    Object published = doc.getFieldValue("published_at");
    return new SearchHits.Hit(
        (String) doc.getFieldValue("id"),
        (String) doc.getFieldValue("kind"),
        portalPath((String) doc.getFieldValue("url")),
        text(doc.getFieldValue("title_zh")),
        text(doc.getFieldValue("title_en")),
        snippet,
        (String) doc.getFieldValue("association"),
        published instanceof Date date ? date.toInstant() : null);
  }

  private static Map<String, List<SearchHits.FacetCount>> facets(QueryResponse response) {
    Map<String, List<SearchHits.FacetCount>> facets = new LinkedHashMap<>();
    if (response.getFacetFields() == null) {
      return facets;
    }
    for (FacetField field : response.getFacetFields()) {
      if (field.getValues() == null || field.getValues().isEmpty()) {
        continue;
      }
      facets.put(
          field.getName(),
          field.getValues().stream()
              .map(count -> new SearchHits.FacetCount(count.getName(), count.getCount()))
              .toList());
    }
    return facets;
  }

  /** Solr's collation, when it differs from what was asked, unescaped back to plain words. */
  private static String suggestion(QueryResponse response, String words) {
    SpellCheckResponse spelling = response.getSpellCheckResponse();
    if (spelling == null || spelling.getCollatedResult() == null) {
      return null;
    }
    String collated = spelling.getCollatedResult();
    return collated.equals(words) ? null : collated.replaceAll("\\\\(.)", "$1");
  }

  /** Only a path inside the portal is ever offered as a link, whatever the index holds. */
  static String portalPath(String url) {
    return url != null && url.startsWith("/") && !url.startsWith("//") && !url.contains("\\")
        ? url
        : "/";
  }

  private static void setIfPresent(SolrInputDocument doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.setField(field, value);
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String snippet(Map<String, List<String>> fields) {
    if (fields == null) {
      return "";
    }
    for (String field : List.of("body_zh", "body_en", "title_zh", "title_en")) {
      List<String> fragments = fields.get(field);
      if (fragments != null && !fragments.isEmpty()) {
        return Snippets.toHtml(fragments.get(0));
      }
    }
    return "";
  }
}
