package org.greenmine.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Solr adapter behind {@link SearchIndex}. Queries are built here and only here: the user's
 * text goes in as the {@code q} value of an edismax query with fixed fields and {@code uf=-*}, so
 * no field, local-parameter or function syntax of the user's reaches Solr.
 */
@ApplicationScoped
public class SolrSearchIndex implements SearchIndex {
  private static final Logger LOG = Logger.getLogger(SolrSearchIndex.class.getName());
  static final String QUERY_FIELDS =
      "title_zh^3 title_zh_bi^2 title_en^3 body_zh body_zh_bi body_en code^5";
  static final String PHRASE_FIELDS = "title_zh^4 title_en^4 body_en";

  @Inject
  @ConfigProperty(name = "greenmine.solr.url", defaultValue = "http://127.0.0.1:8983/solr")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "greenmine.solr.collection", defaultValue = "greenmine")
  String collection;

  private SolrClient client;

  public SolrSearchIndex() {}

  /** For tests and tools outside the container. */
  public SolrSearchIndex(String baseUrl, String collection) {
    this.baseUrl = baseUrl;
    this.collection = collection;
    connect();
  }

  @PostConstruct
  void connect() {
    client =
        new HttpJdkSolrClient.Builder(baseUrl)
            .withDefaultCollection(collection)
            .withConnectionTimeout(2, TimeUnit.SECONDS)
            .withIdleTimeout(10, TimeUnit.SECONDS)
            .build();
  }

  @PreDestroy
  void close() {
    try {
      client.close();
    } catch (IOException e) {
      // closing a client of a server that is gone is not worth a failure
    }
  }

  @Override
  public void upsert(IndexDocument document) {
    SolrInputDocument solr = new SolrInputDocument();
    solr.setField("id", document.id());
    solr.setField("kind", document.kind());
    solr.setField("url", document.url());
    setIfPresent(solr, "title_zh", document.titleZh());
    setIfPresent(solr, "title_en", document.titleEn());
    setIfPresent(solr, "body_zh", document.bodyZh());
    setIfPresent(solr, "body_en", document.bodyEn());
    for (Map.Entry<String, List<String>> facet : document.facets().entrySet()) {
      solr.setField(facet.getKey(), facet.getValue());
    }
    try {
      client.add(solr, (int) Duration.ofSeconds(1).toMillis());
    } catch (SolrServerException | IOException | SolrException e) {
      throw new SearchUnavailable(e);
    }
  }

  @Override
  public void delete(String id) {
    try {
      client.deleteById(id, (int) Duration.ofSeconds(1).toMillis());
    } catch (SolrServerException | IOException | SolrException e) {
      throw new SearchUnavailable(e);
    }
  }

  @Override
  public SearchHits search(SearchQuery query) {
    SolrQuery solr = toSolr(query);
    try {
      QueryResponse response = client.query(solr);
      List<SearchHits.Hit> hits = new ArrayList<>();
      var highlighting = response.getHighlighting();
      for (SolrDocument doc : response.getResults()) {
        String id = (String) doc.getFieldValue("id");
        hits.add(
            new SearchHits.Hit(
                id,
                (String) doc.getFieldValue("kind"),
                portalPath((String) doc.getFieldValue("url")),
                firstNonBlank(doc.getFieldValue("title_zh"), doc.getFieldValue("title_en")),
                snippet(highlighting == null ? null : highlighting.get(id))));
      }
      return new SearchHits(response.getResults().getNumFound(), hits);
    } catch (SolrServerException | IOException | SolrException e) {
      throw new SearchUnavailable(e);
    }
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
    }
    if (query.kind() != null) {
      solr.addFilterQuery("{!term f=kind v=$kindFilter}");
      solr.set("kindFilter", query.kind());
    }
    solr.setFields("id", "kind", "url", "title_zh", "title_en");
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

  @Override
  public boolean isAvailable() {
    try {
      return client.ping().getStatus() == 0;
    } catch (SolrServerException | IOException | SolrException e) {
      LOG.fine(() -> "Solr ping failed: " + e);
      return false;
    }
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

  private static String firstNonBlank(Object first, Object second) {
    if (first != null && !first.toString().isBlank()) {
      return first.toString();
    }
    return second == null ? "" : second.toString();
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
